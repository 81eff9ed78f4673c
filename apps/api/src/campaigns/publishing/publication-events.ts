import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { PUBLICATION_FAILED, type PublicationFailedEvent } from '../campaign-events';
import type { Publication } from '../entities/publication.entity';
import type { PublicationStatus } from '../publication-status';

/**
 * Domain event of publications (@nestjs/event-emitter): the worker committed a publication's new
 * status, or an attempt's error on it. The events module relays it to browsers (SSE).
 */
export const PUBLICATION_STATUS_CHANGED = 'publication.status_changed';

export interface PublicationStatusChangedEvent {
  publicationId: string;
  campaignId: string;
  status: PublicationStatus;
  /** The last attempt left an error on the row (retrying or failed). */
  hasError: boolean;
}

/** Emits the publication events; called after the transaction that wrote the row has committed. */
@Injectable()
export class PublicationEvents {
  constructor(private readonly events: EventEmitter2) {}

  changed(publication: Pick<Publication, 'id' | 'campaignId'>, status: PublicationStatus, hasError = false): void {
    this.events.emit(PUBLICATION_STATUS_CHANGED, { publicationId: publication.id, campaignId: publication.campaignId, status, hasError } satisfies PublicationStatusChangedEvent);
  }

  /** A publication failed for good (no retry left): the notification centre tells its owner. */
  failed(event: PublicationFailedEvent): void {
    this.events.emit(PUBLICATION_FAILED, event);
  }
}
