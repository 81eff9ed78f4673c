import { useEffect, useId, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { useUnreadNotificationCount } from '../../api/hooks/notifications';
import { cn, focusRing } from '../cn';
import { Icon } from '../icons';
import { NotificationPanel } from './NotificationPanel';

/** "3 unread notifications" (or none), for the button's name and the live announcement. */
export const unreadText = (count: number) => (count === 0 ? 'No unread notifications' : `${count} unread notification${count === 1 ? '' : 's'}`);

/**
 * The bell: the unread count (polled; announced politely when it changes) and a panel with the
 * latest notifications. Escape or a click outside closes the panel and gives focus back.
 */
export function NotificationBell() {
  const count = useUnreadNotificationCount().data ?? 0;
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const { pathname } = useLocation();

  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    // On the document: focus may have left the panel (a "Mark read" button that disappeared).
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey, true);
    };
  }, [open]);

  return (
    <div ref={rootRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-label={`Notifications: ${unreadText(count)}`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className={cn('relative rounded-md p-1.5 text-slate-600 hover:bg-slate-100 hover:text-slate-900', focusRing)}
      >
        <Icon name="bell" />
        {count > 0 && (
          <span aria-hidden className="absolute -top-0.5 -right-0.5 min-w-4 rounded-full bg-red-600 px-1 text-center text-[10px] leading-4 font-semibold text-white">
            {count > 99 ? '99+' : count}
          </span>
        )}
      </button>
      {/* aria-live without role="status": pages keep the one status region their own messages use. */}
      <span aria-live="polite" aria-atomic="true" className="sr-only">
        {count > 0 ? unreadText(count) : ''}
      </span>
      {open && <NotificationPanel id={panelId} onClose={() => setOpen(false)} />}
    </div>
  );
}
