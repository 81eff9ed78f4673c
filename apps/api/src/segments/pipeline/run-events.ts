import type { RunStatus } from '../entities/segmentation-run.entity';
import type { RunPhase } from './run-progress';

/**
 * Domain event of segmentation runs (@nestjs/event-emitter), emitted by the worker after the run
 * row took the progress or the outcome. The events module relays it to browsers (SSE).
 */
export const SEGMENTATION_RUN_PROGRESS = 'segmentation_run.progress';

export interface SegmentationRunProgressEvent {
  runId: string;
  status: RunStatus;
  phase: RunPhase | null;
  percent: number;
}
