import { NavLink, Outlet } from 'react-router-dom';
import { cn, focusRing } from '../../components/cn';
import { HeadingLevel } from '../../components/headingLevel';
import { PageHeader } from '../../components/PageHeader';

/** Admin settings sections; add one here and as a child of the `settings` route in app/routes.tsx. */
export const settingsSections = [
  { to: 'users', label: 'Users' },
  { to: 'platform-connections', label: 'Platform connections' },
  { to: 'api-tokens', label: 'API tokens' },
  { to: 'integrations', label: 'Integrations' },
  { to: 'audit-log', label: 'Audit log' },
  { to: 'background-work', label: 'Background work' },
] as const;

export function SettingsLayout() {
  return (
    <>
      <PageHeader title="Settings" description="Administrators only: who can sign in, how integrations reach the API, and what happened when." />
      <nav aria-label="Settings" className="mb-6 border-b border-slate-200">
        <ul className="-mb-px flex gap-1 overflow-x-auto">
          {settingsSections.map((section) => (
            <li key={section.to}>
              <NavLink
                to={section.to}
                className={({ isActive }) =>
                  cn(
                    'inline-block border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap',
                    focusRing,
                    isActive ? 'border-indigo-600 text-indigo-700' : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900',
                  )
                }
              >
                {section.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {/* Each section's title is an h2 (PageHeader level 2): its panels' headings are h3. */}
      <HeadingLevel level={3}>
        <Outlet />
      </HeadingLevel>
    </>
  );
}
