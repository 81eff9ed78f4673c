import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { CandidatePlacement } from '../assignments/candidate-placement';
import {
  PLACE_CANDIDATES_JOB,
  PlaceCandidatesJobData,
  RUN_JOB,
  RunJobData,
  SCHEDULED_RUN_JOB,
  ScheduledRunJobData,
  SEGMENTATION_QUEUE,
} from '../segments.queue';
import { SegmentationRunner } from './segmentation-runner';
import { SegmentationRunsService } from '../runs/segmentation-runs.service';

/** Consumes the segmentation queue (registered only through workerProviders). */
@Processor(SEGMENTATION_QUEUE)
export class SegmentationProcessor {
  constructor(
    private readonly runner: SegmentationRunner,
    private readonly placement: CandidatePlacement,
    private readonly runs: SegmentationRunsService,
  ) {}

  /** One run at a time per worker: a run holds every candidate in memory. */
  @Process({ name: RUN_JOB, concurrency: 1 })
  async run(job: Job<RunJobData>): Promise<void> {
    await this.runner.execute(job.data.runId, async (progress) => {
      await job.progress(progress);
    });
  }

  @Process({ name: PLACE_CANDIDATES_JOB, concurrency: 1 })
  async placeCandidates(job: Job<PlaceCandidatesJobData>): Promise<string> {
    return this.placement.placeUnseen(job.data.runId, new Date(job.data.activatedAt));
  }

  /** A cron tick: start a run unless one is already queued or running. */
  @Process({ name: SCHEDULED_RUN_JOB, concurrency: 1 })
  async scheduledRun(job: Job<ScheduledRunJobData>): Promise<string | null> {
    return this.runs.requestScheduled(job.data.slot);
  }
}
