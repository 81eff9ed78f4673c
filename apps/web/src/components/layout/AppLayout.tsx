import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import { useLiveEvents } from '../../api/hooks/liveEvents';
import { useCan } from '../../app/permissions';
import { cn, focusRing } from '../cn';
import { Icon } from '../icons';
import { Brand } from './Brand';
import { NavList } from './NavList';
import { NotificationBell } from './NotificationBell';
import type { NavItem } from './navigation';
import { UserPanel } from './UserPanel';

/**
 * The signed-in shell: a sidebar on large screens, a top bar with a disclosure menu on small ones,
 * a skip link, and the page in <main>. Items the user's role may not use are not rendered at all.
 * Printing shows the page alone (no navigation), full width.
 */
export function AppLayout({ nav }: { nav: readonly NavItem[] }) {
  const can = useCan();
  const items = nav.filter((item) => !item.requires || can(item.requires));
  const [menuOpen, setMenuOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  useLiveEvents();

  useEffect(() => setMenuOpen(false), [pathname]);

  const closeMenuOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !menuOpen) return;
    setMenuOpen(false);
    toggleRef.current?.focus();
  };

  return (
    <div className="min-h-full">
      <a
        href="#main"
        className="sr-only z-[70] rounded-md bg-white px-4 py-2 text-sm font-semibold text-indigo-700 shadow focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:outline-2 focus:outline-indigo-600"
      >
        Skip to content
      </a>

      <aside className="hidden border-r print:!hidden border-slate-200 bg-white lg:fixed lg:inset-y-0 lg:flex lg:w-64 lg:flex-col">
        <div className="flex h-16 items-center px-6">
          <Brand />
        </div>
        <div className="flex-1 overflow-y-auto">
          <NavList items={items} />
        </div>
        <UserPanel />
      </aside>

      {/* On small screens the top bar carries the brand and the menu; on large ones only the bell, beside the sidebar (not over its brand). */}
      <header className="sticky top-0 z-40 border-b border-slate-200 bg-white lg:ml-64 print:hidden" onKeyDown={closeMenuOnEscape}>
        <div className="flex h-14 items-center justify-between px-4 lg:justify-end lg:px-8">
          <div className="lg:hidden">
            <Brand />
          </div>
          <div className="flex items-center gap-2">
            <NotificationBell />
            <button
              ref={toggleRef}
              type="button"
              aria-expanded={menuOpen}
              aria-controls="mobile-menu"
              onClick={() => setMenuOpen((open) => !open)}
              className={cn('inline-flex items-center gap-2 rounded-md px-2 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 lg:hidden', focusRing)}
            >
              <Icon name={menuOpen ? 'close' : 'menu'} />
              Menu
            </button>
          </div>
        </div>
        <div id="mobile-menu" hidden={!menuOpen} className="max-h-[calc(100vh-3.5rem)] overflow-y-auto border-t border-slate-200 lg:hidden">
          {menuOpen && (
            <>
              <NavList items={items} />
              <UserPanel />
            </>
          )}
        </div>
      </header>

      <main id="main" tabIndex={-1} className="focus:outline-none lg:pl-64 print:!pl-0">
        <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 lg:px-8 lg:py-10 print:max-w-none print:p-0">
          <Outlet />
        </div>
      </main>
    </div>
  );
}
