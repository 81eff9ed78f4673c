import { Link } from 'react-router-dom';
import type { Notification } from '../api/hooks/notifications';
import { Button } from './Button';
import { cn, focusRing } from './cn';
import { DateTime } from './DateTime';

interface Props {
  notification: Notification;
  onRead: (id: string) => void;
  /** Called after following the notification's link (e.g. to close the bell's panel). */
  onOpen?: () => void;
  compact?: boolean;
}

/** One notification: its title (a link when it points somewhere), text, time, and "Mark read" while unread. */
export function NotificationItem({ notification: n, onRead, onOpen, compact = false }: Props) {
  const unread = !n.readAt;
  const open = () => {
    if (unread) onRead(n.id);
    onOpen?.();
  };
  return (
    <li className={cn('flex items-start gap-3 px-4 py-3', unread ? 'bg-indigo-50' : 'bg-white')}>
      <span aria-hidden className={cn('mt-1.5 size-2 shrink-0 rounded-full', unread ? 'bg-indigo-600' : 'bg-transparent')} />
      <div className="min-w-0 flex-1">
        <p className={cn('text-sm text-slate-900', unread && 'font-semibold')}>
          {unread && <span className="sr-only">Unread: </span>}
          {n.link ? (
            <Link to={n.link} onClick={open} className={cn('hover:underline', focusRing)}>
              {n.title}
            </Link>
          ) : (
            n.title
          )}
        </p>
        {n.body && <p className={cn('mt-0.5 text-sm text-slate-600', compact && 'line-clamp-2')}>{n.body}</p>}
        <p className="mt-1 text-xs text-slate-600">
          <DateTime value={n.createdAt} />
        </p>
      </div>
      {unread && (
        <Button variant="ghost" size="sm" onClick={() => onRead(n.id)} aria-label={`Mark read: ${n.title}`}>
          Mark read
        </Button>
      )}
    </li>
  );
}
