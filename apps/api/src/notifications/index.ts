/**
 * What other modules may use of notifications: `NotificationsService.notify` (the one way a
 * notification is created) and its input types. Modules usually do not call it: they emit their
 * own domain events and notification-triggers.listener.ts turns them into notifications.
 */
export { NOTIFICATION_KINDS, type Audience, type NotificationInput, type NotificationKind } from './notification-kinds';
export { NotificationsService } from './notifications.service';
export { NotificationsModule } from './notifications.module';
