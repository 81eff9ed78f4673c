import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const RUN_STATUSES = ['queued', 'running', 'completed', 'failed'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];
export type GeneratorKind = 'offline' | 'gemini';

/** One synthetic data request and its progress (the row is the source of truth, not the Bull job). */
@Entity('data_generation_runs')
export class DataGenerationRun {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar' }) status: RunStatus;
  @Column({ type: 'varchar' }) generator: GeneratorKind;
  @Column({ type: 'int' }) seed: number;
  @Column({ name: 'jobs_requested', type: 'int' }) jobsRequested: number;
  @Column({ name: 'candidates_requested', type: 'int' }) candidatesRequested: number;
  /** Items generated so far (kept or dropped): the resume point of a retried job. */
  @Column({ name: 'jobs_processed', type: 'int' }) jobsProcessed: number;
  @Column({ name: 'candidates_processed', type: 'int' }) candidatesProcessed: number;
  @Column({ name: 'jobs_created', type: 'int' }) jobsCreated: number;
  @Column({ name: 'candidates_created', type: 'int' }) candidatesCreated: number;
  @Column({ name: 'candidates_updated', type: 'int' }) candidatesUpdated: number;
  /** Items that failed validation or were lost to unusable answers. */
  @Column({ name: 'items_dropped', type: 'int' }) itemsDropped: number;
  @Column({ type: 'text', nullable: true }) error: string | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'started_at', type: 'timestamptz', nullable: true }) startedAt: Date | null;
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true }) finishedAt: Date | null;
}
