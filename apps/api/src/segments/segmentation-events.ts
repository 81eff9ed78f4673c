/**
 * Events of a segmentation run's end (@nestjs/event-emitter, emitted once per run by the runner).
 * The notification centre listens.
 */
export const SEGMENTATION_RUN_FINISHED = 'segmentation_run.finished';
export const SEGMENTATION_RUN_FAILED = 'segmentation_run.failed';

export interface SegmentationRunEndedEvent {
  runId: string;
  /** Finished runs: segments found, candidates assigned, and whether the run became the active one. */
  segments?: number;
  candidates?: number;
  activated?: boolean;
  /** Failed runs: the reason, for people. */
  error?: string;
}
