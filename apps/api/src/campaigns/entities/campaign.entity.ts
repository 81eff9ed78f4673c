import type { FairnessOverride } from '../fairness/fairness-override';
import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CampaignObjective, PublishSpec } from '../../ads-platforms';
import type { CreativeOrigin } from '../../creatives/creatives.api';
import { Publication } from './publication.entity';

export type CampaignCreative = PublishSpec['creative'];

/** What to advertise, to whom, for how much and when. Its status is derived from `publications`. */
@Entity('campaigns')
export class Campaign {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() name: string;
  @Column({ name: 'job_id', type: 'uuid' }) jobId: string;
  /** Segments of the active segmentation run at the time the campaign was drafted. */
  @Column({ name: 'segment_ids', type: 'uuid', array: true }) segmentIds: string[];
  @Column({ type: 'varchar' }) objective: CampaignObjective;
  @Column({ name: 'daily_budget_minor', type: 'int' }) dailyBudgetMinor: number;
  @Column({ type: 'char', length: 3 }) currency: string;
  @Column({ name: 'total_budget_minor', type: 'int', nullable: true }) totalBudgetMinor: number | null;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt: Date;
  @Column({ name: 'ends_at', type: 'timestamptz', nullable: true }) endsAt: Date | null;
  @Column({ type: 'jsonb' }) creative: CampaignCreative;
  /** Where the creative's text came from (ai / offline suggestion, or manual). */
  @Column({ name: 'creative_origin', type: 'varchar', default: 'manual' }) creativeOrigin: CreativeOrigin;
  /** An admin's override of the fairness audit for flagged segments (null: none needed or given). */
  @Column({ name: 'fairness_override', type: 'jsonb', nullable: true }) fairnessOverride: FairnessOverride | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @OneToMany(() => Publication, (p) => p.campaign) publications?: Publication[];
}
