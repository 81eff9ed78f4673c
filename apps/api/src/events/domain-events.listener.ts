import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { CONNECTION_NEEDS_REAUTH, type ConnectionEvent } from '../ads-platforms';
import { PUBLICATION_STATUS_CHANGED, type PublicationStatusChangedEvent } from '../campaigns';
import { CANDIDATE_IMPORT_PROGRESS, type CandidateImportProgressEvent } from '../candidates';
import { METRICS_SYNC_FINISHED, type MetricsSyncFinishedEvent } from '../performance';
import { SEGMENTATION_RUN_PROGRESS, type SegmentationRunProgressEvent } from '../segments';
import { EventBus } from './event-bus';

/**
 * Relays the owning modules' domain events (emitted after their rows are committed, in whichever
 * process did the work) to the live stream. Only ids and statuses cross: never error texts.
 */
@Injectable()
export class DomainEventsRelay {
  constructor(private readonly bus: EventBus) {}

  @OnEvent(CANDIDATE_IMPORT_PROGRESS, { async: true, promisify: true })
  importProgress(e: CandidateImportProgressEvent) {
    return this.bus.publish({ type: 'import.progress', data: { importId: e.importId, status: e.status, percent: e.percent } });
  }

  @OnEvent(SEGMENTATION_RUN_PROGRESS, { async: true, promisify: true })
  segmentationProgress(e: SegmentationRunProgressEvent) {
    return this.bus.publish({ type: 'segmentation.progress', data: { runId: e.runId, status: e.status, phase: e.phase, percent: e.percent } });
  }

  @OnEvent(PUBLICATION_STATUS_CHANGED, { async: true, promisify: true })
  publicationStatus(e: PublicationStatusChangedEvent) {
    return this.bus.publish({ type: 'publication.status', data: { publicationId: e.publicationId, campaignId: e.campaignId, status: e.status, hasError: e.hasError } });
  }

  @OnEvent(METRICS_SYNC_FINISHED, { async: true, promisify: true })
  syncFinished(e: MetricsSyncFinishedEvent) {
    return this.bus.publish({ type: 'sync.finished', data: { campaignId: e.campaignId, connectionId: e.connectionId, ok: e.ok } });
  }

  @OnEvent(CONNECTION_NEEDS_REAUTH, { async: true, promisify: true })
  connectionNeedsReauth(e: ConnectionEvent) {
    return this.bus.publish({ type: 'connection.needs_reauth', data: { connectionId: e.connectionId, kind: e.kind } });
  }
}
