import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications } from '../../api/hooks/notifications';
import { Button } from '../Button';
import { cn, focusRing } from '../cn';
import { NotificationItem } from '../NotificationItem';
import { ProblemAlert } from '../ProblemAlert';
import { Spinner } from '../Spinner';

const LATEST = 5;

/** The bell's panel: the latest notifications, "Mark all read", and links to the full list and preferences. */
export function NotificationPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const list = useNotifications({ pageSize: LATEST });
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const items = list.data?.pages[0]?.items ?? [];

  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      className="absolute right-0 z-50 mt-2 w-80 max-w-[calc(100vw-2rem)] overflow-hidden rounded-lg bg-white shadow-lg ring-1 ring-slate-200"
    >
      <div className="flex items-center justify-between border-b border-slate-200 px-4 py-2">
        <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1} className="text-sm font-semibold text-slate-900 focus:outline-none">
          Notifications
        </h2>
        <Button variant="ghost" size="sm" onClick={() => markAll.mutate()} loading={markAll.isPending} disabled={!items.some((n) => !n.readAt)}>
          Mark all read
        </Button>
      </div>
      {list.isPending && (
        <p className="flex items-center gap-2 px-4 py-3 text-sm text-slate-600">
          <Spinner /> Loading…
        </p>
      )}
      {list.error && <ProblemAlert error={list.error} />}
      {list.isSuccess && items.length === 0 && <p className="px-4 py-6 text-center text-sm text-slate-600">You are all caught up.</p>}
      {items.length > 0 && (
        <ul className="max-h-96 divide-y divide-slate-100 overflow-y-auto">
          {items.map((n) => (
            <NotificationItem key={n.id} notification={n} onRead={(nid) => markRead.mutate(nid)} onOpen={onClose} compact />
          ))}
        </ul>
      )}
      <div className="flex justify-between border-t border-slate-200 px-4 py-2 text-sm">
        <Link to="/notifications" onClick={onClose} className={cn('font-medium text-indigo-700 hover:underline', focusRing)}>
          All notifications
        </Link>
        <Link to="/notifications?tab=preferences" onClick={onClose} className={cn('text-slate-600 hover:underline', focusRing)}>
          Preferences
        </Link>
      </div>
    </section>
  );
}
