import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type CampaignEventLevel = 'info' | 'warn' | 'error';

/** One line of a campaign's timeline: a request, a publishing step, an error, an automatic pause. */
@Entity('campaign_events')
export class CampaignEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'campaign_id', type: 'uuid' }) campaignId: string;
  @Column({ name: 'publication_id', type: 'uuid', nullable: true }) publicationId: string | null;
  @Column({ type: 'timestamptz' }) at: Date;
  @Column() type: string;
  @Column({ type: 'varchar' }) level: CampaignEventLevel;
  @Column({ type: 'text' }) message: string;
  @Column({ type: 'jsonb' }) details: Record<string, unknown>;
  @Column({ name: 'actor_label', type: 'varchar', nullable: true }) actorLabel: string | null;
}
