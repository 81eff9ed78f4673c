/**
 * Each feature's pages load as their own script when first opened (React.lazy), so signing in
 * or opening the dashboard never downloads the campaign wizard or the settings pages.
 * Add a page here and import it from here in routes.tsx.
 */
import { lazy, Suspense, useState, type ComponentType, type ReactElement } from 'react';
import { LoadingBlock } from '../components/Spinner';

/** A page component plus `preload()`: starts loading its script (once); resolves when it renders without suspending. */
type LazyPage = (() => ReactElement) & { preload: () => Promise<unknown> };

const pages: LazyPage[] = [];

export function lazyPage<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name): LazyPage {
  let loaded: ComponentType | undefined;
  let loading: Promise<ComponentType> | undefined;
  const preload = () => (loading ??= load().then((module) => (loaded = module[name])));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Page() {
    // Decided once per mount, so the tree under it keeps its shape (and its state) after loading.
    const [ready] = useState(() => loaded);
    if (ready) {
      const Ready = ready;
      return <Ready />;
    }
    return (
      <Suspense fallback={<LoadingBlock label="Loading page…" />}>
        <Lazy />
      </Suspense>
    );
  }
  Page.displayName = `Lazy(${name})`;
  const page = Object.assign(Page, { preload });
  pages.push(page);
  return page;
}

/** Loads every page's script (tests render pages synchronously after this). */
// One page at a time: Node 20 can fail with "reading 'getStatus'" when require() and import() load the same ES
// module concurrently (nodejs/node#59366), which a Promise.all over every page's dependencies does under vitest.
export async function preloadPages(): Promise<void> {
  for (const page of pages) await page.preload();
}

export const DashboardPage = lazyPage(() => import('../features/dashboard/DashboardPage'), 'DashboardPage');
export const JobsPage = lazyPage(() => import('../features/jobs/JobsPage'), 'JobsPage');
export const CandidatesPage = lazyPage(() => import('../features/candidates/CandidatesPage'), 'CandidatesPage');
export const SegmentsPage = lazyPage(() => import('../features/segments/SegmentsPage'), 'SegmentsPage');
export const CampaignsPage = lazyPage(() => import('../features/campaigns/CampaignsPage'), 'CampaignsPage');
export const AutomationRulesPage = lazyPage(() => import('../features/automation/AutomationRulesPage'), 'AutomationRulesPage');
export const UsersPage = lazyPage(() => import('../features/settings/UsersPage'), 'UsersPage');
export const PlatformConnectionsPage = lazyPage(() => import('../features/settings/PlatformConnectionsPage'), 'PlatformConnectionsPage');
export const ApiTokensPage = lazyPage(() => import('../features/settings/ApiTokensPage'), 'ApiTokensPage');
export const AuditLogPage = lazyPage(() => import('../features/settings/AuditLogPage'), 'AuditLogPage');
export const BackgroundWorkPage = lazyPage(() => import('../features/settings/BackgroundWorkPage'), 'BackgroundWorkPage');
export const ApplicationsPage = lazyPage(() => import('../features/applications/ApplicationsPage'), 'ApplicationsPage');
export const NotificationsPage = lazyPage(() => import('../features/notifications/NotificationsPage'), 'NotificationsPage');
export const GeminiSettingsPage = lazyPage(() => import('../features/settings/GeminiSettingsPage'), 'GeminiSettingsPage');
export const ReportsPage = lazyPage(() => import('../features/reports/ReportsPage'), 'ReportsPage');
