import type { SegmentFairness, SegmentProfile } from '@adflux/segmentation';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One segment of a run: a centroid's members, described by a profile a marketer can read. */
@Entity('segments')
export class Segment {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'run_id', type: 'uuid' }) runId: string;
  /** Centroid index in the run's model (labels in segment_assignments use it). */
  @Column({ type: 'smallint' }) index: number;
  @Column() name: string;
  @Column() description: string;
  /** The name the run generated, kept when a person renames the segment. */
  @Column({ name: 'generated_name' }) generatedName: string;
  /** Computed at training time over the run's candidates. */
  @Column({ type: 'jsonb' }) profile: SegmentProfile;
  /** Fairness audit against self-declared demographics, computed with the run (null: runs before the audit existed). */
  @Column({ type: 'jsonb', nullable: true }) fairness: SegmentFairness | null;
  @Column({ type: 'int' }) size: number;
  @Column({ type: 'double precision' }) share: number;
  @Column({ name: 'edited_by', type: 'uuid', nullable: true }) editedBy: string | null;
  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true }) editedAt: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
