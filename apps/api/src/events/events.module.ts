import { Module } from '@nestjs/common';
import { ApiTokensModule } from '../api-tokens';
import { DomainEventsRelay } from './domain-events.listener';
import { EventBus } from './event-bus';
import { EventsController } from './events.controller';
import { LiveEventHub } from './live-event-hub';
import { LiveStreams } from './live-streams.service';

/**
 * Live updates: EventBus (any process publishes through Redis), the relay of other modules'
 * domain events, and GET /events/stream (SSE) served by API processes.
 */
@Module({
  imports: [ApiTokensModule],
  controllers: [EventsController],
  providers: [EventBus, LiveEventHub, LiveStreams, DomainEventsRelay],
  exports: [EventBus],
})
export class EventsModule {}
