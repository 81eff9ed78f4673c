import type { KScore, SegmentationModel, SegmentMap } from '@adflux/segmentation';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { RunParameters } from '../runs/run-parameters';
import type { RunPhase, RunTimings } from '../pipeline/run-progress';
import type { RunFairnessSummary } from '../pipeline/run-fairness';

export const RUN_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];
export const RUN_TRIGGERS = ['manual', 'scheduled'] as const;
export type RunTrigger = (typeof RUN_TRIGGERS)[number];

export interface RunTraining {
  candidates: number;
  trainRows: number;
  iterations: number;
  converged: boolean;
}

/** One K-means segmentation of the candidate pool. At most one is active (the current one). */
@Entity('segmentation_runs')
export class SegmentationRun {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar' }) status: RunStatus;
  @Column({ type: 'varchar' }) trigger: RunTrigger;
  @Column({ type: 'jsonb' }) parameters: RunParameters;
  @Column({ type: 'varchar', nullable: true }) phase: RunPhase | null;
  @Column({ type: 'smallint' }) progress: number;
  /** Encoder + centroids: places new candidates without retraining. Not selected by default (large). */
  @Column({ type: 'jsonb', nullable: true, select: false }) model: SegmentationModel | null;
  @Column({ type: 'smallint', nullable: true }) k: number | null;
  @Column({ type: 'double precision', nullable: true }) silhouette: number | null;
  @Column({ type: 'double precision', nullable: true }) inertia: number | null;
  @Column({ name: 'silhouette_by_k', type: 'jsonb' }) silhouetteByK: KScore[];
  @Column({ type: 'jsonb' }) sizes: number[];
  @Column({ type: 'jsonb', nullable: true }) training: RunTraining | null;
  /** 2-D projection for the scatter map. Not selected by default (a few thousand points). */
  @Column({ type: 'jsonb', nullable: true, select: false }) map: SegmentMap | null;
  @Column({ type: 'jsonb' }) notes: string[];
  /** Summary of the segments' fairness audit (null until succeeded, and for runs before the audit existed). */
  @Column({ type: 'jsonb', nullable: true }) fairness: RunFairnessSummary | null;
  @Column({ name: 'candidate_count', type: 'int', nullable: true }) candidateCount: number | null;
  @Column({ type: 'jsonb' }) timings: RunTimings;
  @Column({ type: 'text', nullable: true }) error: string | null;
  @Column() active: boolean;
  @Column({ name: 'requested_by', type: 'uuid', nullable: true }) requestedBy: string | null;
  @Column({ name: 'requested_by_label', type: 'varchar', nullable: true }) requestedByLabel: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'started_at', type: 'timestamptz', nullable: true }) startedAt: Date | null;
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true }) finishedAt: Date | null;
  @Column({ name: 'activated_at', type: 'timestamptz', nullable: true }) activatedAt: Date | null;
  /** When the candidates this run never saw were placed after its activation (null until then; everyone else follows at once). */
  @Column({ name: 'candidates_synced_at', type: 'timestamptz', nullable: true }) candidatesSyncedAt: Date | null;
}
