import { runSegmentation, SegmentationError } from '@adflux/segmentation';
import { SortKeyIndexesRepository } from '../assignments/sort-key-indexes.repository';
import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { SEGMENTATION_RUN_FAILED, SEGMENTATION_RUN_FINISHED, SegmentationRunEndedEvent } from '../segmentation-events';
import { CandidateFeaturesRepository } from './candidate-features.repository';
import { toSegmentationOptions } from '../runs/run-parameters';
import { SEGMENTATION_RUN_PROGRESS, SegmentationRunProgressEvent } from './run-events';
import { RunFairnessAudit } from './run-fairness';
import { RunProgress, RunProgressTracker } from './run-progress';
import { SegmentationQueue } from '../segments.queue';
import { SegmentationResultWriter } from './segmentation-result.writer';
import { SegmentationRunsRepository } from '../runs/segmentation-runs.repository';

/**
 * One run, start to finish: load every candidate (streaming cursor) → the library's pipeline
 * (encode, choose k, train on a sample, assign all, profile) → fairness audit of the segments
 * against the self-declared demographics → write segments, audit and assignments.
 * Progress goes to the run row and the Bull job; any failure marks the run failed with its
 * reason and leaves the active run as it was.
 */
@Injectable()
export class SegmentationRunner {
  private readonly logger = new Logger(SegmentationRunner.name);

  constructor(
    private readonly runs: SegmentationRunsRepository,
    private readonly features: CandidateFeaturesRepository,
    private readonly writer: SegmentationResultWriter,
    private readonly queue: SegmentationQueue,
    private readonly events: EventEmitter2,
    private readonly fairness: RunFairnessAudit,
    private readonly sortKeyIndexes: SortKeyIndexesRepository,
  ) {}

  async execute(runId: string, reportJob: (progress: RunProgress) => Promise<void> = async () => undefined): Promise<void> {
    const run = await this.runs.claim(runId);
    if (!run) return; // already finished: a duplicate or replayed job
    const progress: RunProgressTracker = new RunProgressTracker(async (p) => {
      await this.runs.saveProgress(runId, p, progress.timings());
      this.announce({ runId, status: 'running', phase: p.phase, percent: p.percent });
      await reportJob(p);
    });
    try {
      const { candidates, ...pool } = await this.features.loadAll((loaded, total) => progress.load(total === 0 ? 1 : loaded / total));
      const result = await runSegmentation(candidates, toSegmentationOptions(run.parameters), (p) => progress.library(p));
      const fairness = await this.fairness.audit(pool, result.labels, result.model.k);
      const activatedAt = await this.writer.save(runId, pool, result, fairness, progress);
      await this.runs.saveTimings(runId, progress.timings());
      this.announce({ runId, status: 'succeeded', phase: null, percent: 100 });
      this.logger.log({ runId, k: result.model.k, candidates: candidates.length, fairnessFlaggedSegments: fairness.summary.flaggedSegments, timings: progress.timings(), activated: !!activatedAt }, 'segmentation run succeeded');
      if (activatedAt) await this.queue.enqueuePlacement(runId, activatedAt);
      this.events.emit(SEGMENTATION_RUN_FINISHED, { runId, segments: result.model.k, candidates: candidates.length, activated: !!activatedAt } satisfies SegmentationRunEndedEvent);
      // After the run's commit, and not awaited: CREATE INDEX CONCURRENTLY waits for every older transaction, which
      // must not hold the worker's job. Its segment lists sort members until these exist; the reconciler retries a failure.
      void this.sortKeyIndexes.ensure().catch((err: unknown) => this.logger.warn({ runId, err }, 'sort-key indexes not built yet'));
    } catch (error) {
      const reason = failureReason(error);
      this.logger.warn({ runId, err: error }, `segmentation run failed: ${reason}`);
      await this.runs.markFailed(runId, reason, progress.timings());
      this.announce({ runId, status: 'failed', phase: null, percent: 0 });
      this.events.emit(SEGMENTATION_RUN_FAILED, { runId, error: reason } satisfies SegmentationRunEndedEvent);
    }
  }

  /** After the row has it: listeners (live updates) may read the run right away. */
  private announce(event: SegmentationRunProgressEvent): void {
    this.events.emit(SEGMENTATION_RUN_PROGRESS, event);
  }
}

/** What a person reads on the failed run: the library's message, or a generic one for the unexpected. */
export function failureReason(error: unknown): string {
  if (error instanceof SegmentationError) return error.message;
  if (error instanceof Error && error.message) return `Unexpected error: ${error.message}`;
  return 'Unexpected error';
}
