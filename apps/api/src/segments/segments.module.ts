import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { auditTargetNamer } from '../audit';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CandidatesModule } from '../candidates';
import { workerProviders } from '../queues/worker-providers';
import { ModelCache } from './assignments/active-model.cache';
import { CandidateEventsListener } from './assignments/candidate-events.listener';
import { CandidateFeaturesRepository } from './pipeline/candidate-features.repository';
import { CandidatePlacement } from './assignments/candidate-placement';
import { Segment } from './entities/segment.entity';
import { SegmentationRun } from './entities/segmentation-run.entity';
import { SegmentActivation } from './runs/segment-activation';
import { SegmentAssignmentsRepository } from './assignments/segment-assignments.repository';
import { SortKeyIndexesRepository } from './assignments/sort-key-indexes.repository';
import { SEGMENTATION_QUEUE, SegmentationQueue } from './segments.queue';
import { SegmentationResultWriter } from './pipeline/segmentation-result.writer';
import { SegmentationRunner } from './pipeline/segmentation-runner';
import { RunFairnessAudit } from './pipeline/run-fairness';
import { RunFairnessRepository } from './pipeline/run-fairness.repository';
import { SegmentationRunsController } from './runs/segmentation-runs.controller';
import { SegmentationRunsRepository } from './runs/segmentation-runs.repository';
import { SegmentationRunsService } from './runs/segmentation-runs.service';
import { SegmentationProcessor } from './pipeline/segmentation.processor';
import { SegmentationScheduler } from './segmentation.scheduler';
import { SegmentsController } from './segments.controller';
import { SegmentsRepository } from './segments.repository';
import { SegmentsService } from './segments.service';
import { SegmentAudience } from './audience/segment-audience';
import { SegmentAudienceRepository } from './audience/segment-audience.repository';

/**
 * Segmentation runs (K-means over the candidate pool, through the segmentation queue), their
 * segments and profiles, and candidates' assignment to the active run's segments.
 * Exports SegmentsService (campaigns target segments through it).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([SegmentationRun, Segment]),
    // A run holds the event loop for seconds at a time (training); give its lock room.
    BullModule.registerQueue({ name: SEGMENTATION_QUEUE, settings: { lockDuration: 120_000, maxStalledCount: 1 } }),
    CandidatesModule,
  ],
  controllers: [SegmentationRunsController, SegmentsController],
  providers: [
    SegmentationRunsService,
    SegmentsService,
    SegmentationRunsRepository,
    SegmentsRepository,
    SegmentAssignmentsRepository,
    SortKeyIndexesRepository,
    SegmentActivation,
    SegmentationQueue,
    CandidateFeaturesRepository,
    CandidatePlacement,
    ModelCache,
    CandidateEventsListener,
    SegmentationResultWriter,
    SegmentationRunner,
    RunFairnessAudit,
    RunFairnessRepository,
    SegmentAudience,
    SegmentAudienceRepository,
    auditTargetNamer('segment', SegmentsRepository, (segments, ids) => segments.names(ids)),
    ...workerProviders(SegmentationProcessor, SegmentationScheduler),
  ],
  exports: [SegmentsService, SegmentAudience],
})
export class SegmentsModule {}
