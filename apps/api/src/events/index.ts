/** What other modules may use of events: EventBus.publish (e.g. `notification.created` for one user) and the event types. */
export { LIVE_EVENT_TYPES, type LiveEvent, type LiveEventData, type LiveEventType } from './live-event';
export { EventBus } from './event-bus';
export { EventsModule } from './events.module';
