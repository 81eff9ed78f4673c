import type { Notification, NotificationPreference } from '../api/hooks/notifications';
import { json, type Handler } from './fakeApi';

export function notificationFixture(overrides: Partial<Notification> = {}): Notification {
  return {
    id: '7b000000-0000-4000-8000-000000000001', kind: 'import_finished', title: 'Import of people.csv finished', body: '2 created, 0 updated, 1 rejected.',
    link: '/candidates/imports/1', createdAt: '2026-12-04T10:00:00Z', readAt: null, ...overrides,
  };
}

/** An in-memory notifications API: the list, the unread count, read marks and preferences. */
export function notificationsHandlers(initial: Notification[], prefs: NotificationPreference[] = [], emailAvailable = true): Record<string, Handler> {
  const items = initial.map((n) => ({ ...n }));
  const preferences = prefs.map((p) => ({ ...p }));
  const unread = () => items.filter((n) => !n.readAt).length;
  const read = (n: Notification) => Object.assign(n, { readAt: n.readAt ?? '2026-12-04T11:00:00Z' });
  const handlers: Record<string, Handler> = {
    'GET /api/notifications': (_r, url) => json({ items: url.searchParams.get('unread') === 'true' ? items.filter((n) => !n.readAt) : items, nextCursor: null }),
    'GET /api/notifications/unread-count': () => json({ count: unread() }),
    'POST /api/notifications/read-all': () => {
      const updated = unread();
      items.forEach(read);
      return json({ updated });
    },
    'GET /api/notifications/preferences': () => json({ items: preferences, emailAvailable }),
    'PUT /api/notifications/preferences': async (request) => {
      const body = (await request.json()) as { items: Array<Pick<NotificationPreference, 'kind' | 'inApp' | 'email'>> };
      for (const change of body.items) Object.assign(preferences.find((p) => p.kind === change.kind)!, change);
      return json({ items: preferences, emailAvailable });
    },
  };
  for (const n of items) handlers[`POST /api/notifications/${n.id}/read`] = () => json(read(n));
  return handlers;
}
