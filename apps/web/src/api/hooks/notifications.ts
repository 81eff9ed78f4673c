import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schema } from '../client';
import { unlessLive } from '../liveStatus';
import { notificationKeys } from '../queryKeys';
import { keysetPages, useApiMutation } from './queryHelpers';

export type Notification = Schema<'NotificationDto'>;
export type NotificationPreference = Schema<'NotificationPreferenceDto'>;
export type PreferenceUpdate = Schema<'PreferenceUpdateDto'>;

/** How often the bell asks for the unread count while the live stream is down (it carries `notification.created`). */
export const UNREAD_POLL_MS = 30_000;

/** The bell's count: refreshed by the live stream, polled only while the stream is down. */
export function useUnreadNotificationCount() {
  return useQuery({
    queryKey: notificationKeys.unreadCount,
    queryFn: async () => (await unwrap(api.GET('/api/notifications/unread-count'))).count,
    refetchInterval: () => unlessLive(UNREAD_POLL_MS),
  });
}

/** My notifications, newest first, one keyset page at a time. */
export function useNotifications({ unreadOnly = false, pageSize = 20, enabled = true } = {}) {
  return useInfiniteQuery({
    queryKey: notificationKeys.list(unreadOnly, pageSize),
    enabled,
    ...keysetPages((cursor) => unwrap(api.GET('/api/notifications', { params: { query: { limit: pageSize, cursor, unread: unreadOnly ? 'true' : undefined } } }))),
  });
}

export const useMarkNotificationRead = () =>
  useApiMutation((id: string) => unwrap(api.POST('/api/notifications/{id}/read', { params: { path: { id } } })), { refresh: notificationKeys.all });

export const useMarkAllNotificationsRead = () =>
  useApiMutation(() => unwrap(api.POST('/api/notifications/read-all')), { refresh: notificationKeys.all });

export function useNotificationPreferences() {
  return useQuery({ queryKey: notificationKeys.preferences, queryFn: () => unwrap(api.GET('/api/notifications/preferences')) });
}

export const useUpdateNotificationPreferences = () =>
  useApiMutation((items: PreferenceUpdate[]) => unwrap(api.PUT('/api/notifications/preferences', { body: { items } })), {
    cacheAs: () => notificationKeys.preferences,
    refresh: notificationKeys.preferences,
  });
