/** What other modules may use of segments: run events, the active segments campaigns target, and SegmentsModule. */
export { SEGMENTATION_RUN_FAILED, SEGMENTATION_RUN_FINISHED, type SegmentationRunEndedEvent } from './segmentation-events';
export { SegmentsService, type ActiveSegment } from './segments.service';
// The admin CLI's `segments run|activate` use the same service as the API.
export { SegmentationRunsService } from './runs/segmentation-runs.service';
export { CreateSegmentationRunDto } from './dto/create-run.dto';
export { SEGMENTATION_RUN_PROGRESS, type SegmentationRunProgressEvent } from './pipeline/run-events';
export { SegmentsModule } from './segments.module';
export { SegmentAudience } from './audience/segment-audience';
// The boot seed queues the first segmentation run, outside Nest.
export { SegmentationRun } from './entities/segmentation-run.entity';
export { DEFAULT_RUN_PARAMETERS } from './runs/run-parameters';
export { SegmentationRunsRepository } from './runs/segmentation-runs.repository';
