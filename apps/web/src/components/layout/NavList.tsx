import { NavLink } from 'react-router-dom';
import { cn, focusRing } from '../cn';
import { Icon } from '../icons';
import type { NavItem } from './navigation';

export function NavList({ items, label = 'Main' }: { items: readonly NavItem[]; label?: string }) {
  return (
    <nav aria-label={label} className="px-3 py-4">
      <ul className="flex flex-col gap-1">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink
              to={item.to}
              className={({ isActive }) =>
                cn(
                  'flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium',
                  focusRing,
                  isActive ? 'bg-indigo-50 text-indigo-700' : 'text-slate-700 hover:bg-slate-100 hover:text-slate-900',
                )
              }
            >
              <Icon name={item.icon} className="size-5 shrink-0" />
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
