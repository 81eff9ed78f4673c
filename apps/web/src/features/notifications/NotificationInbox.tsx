import { useState } from 'react';
import { useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications } from '../../api/hooks/notifications';
import { Button } from '../../components/Button';
import { NotificationItem } from '../../components/NotificationItem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LoadingBlock } from '../../components/Spinner';

/** My notifications, newest first, with an "unread only" switch, mark read (one or all) and "Load more". */
export function NotificationInbox() {
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useNotifications({ unreadOnly });
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <div className="mt-4 flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <label className="inline-flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} className="size-4 rounded border-slate-300" />
          Unread only
        </label>
        <Button variant="secondary" size="sm" onClick={() => markAll.mutate()} loading={markAll.isPending}>
          Mark all read
        </Button>
      </div>
      <ProblemAlert error={list.error ?? markAll.error ?? markRead.error} />
      {list.isPending && <LoadingBlock />}
      {list.isSuccess && items.length === 0 && (
        <p className="rounded-lg border border-dashed border-slate-300 px-4 py-8 text-center text-sm text-slate-600">
          {unreadOnly ? 'Nothing unread.' : 'No notifications yet.'}
        </p>
      )}
      {items.length > 0 && (
        <ul aria-label="Notifications" className="divide-y divide-slate-100 overflow-hidden rounded-lg ring-1 ring-slate-200">
          {items.map((n) => (
            <NotificationItem key={n.id} notification={n} onRead={(id) => markRead.mutate(id)} />
          ))}
        </ul>
      )}
      {list.hasNextPage && (
        <Button variant="secondary" onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage} className="self-center">
          Load more
        </Button>
      )}
    </div>
  );
}
