/**
 * Every route of the SPA, and the main navigation, in one place.
 *
 * To add a feature page: create `src/features/<feature>/<Feature>Page.tsx`, export it lazily from
 * `lazyPages.tsx` (one script per feature), add a child route under
 * the signed-in layout below, and (for a top-level section) an entry in `mainNav`.
 * Wrap admin-only routes in <RequireCapability capability="admin">.
 */
import { Navigate, type RouteObject } from 'react-router-dom';
import { AppLayout } from '../components/layout/AppLayout';
import type { NavItem } from '../components/layout/navigation';
import { LoginPage } from '../features/auth/LoginPage';
import { SettingsLayout } from '../features/settings/SettingsLayout';
import { NotFoundPage } from './ErrorPages';
import { RequireAuth, RequireCapability } from './guards';
import {
  ApiTokensPage,
  AuditLogPage,
  AutomationRulesPage,
  CampaignsPage,
  CandidatesPage,
  ApplicationsPage,
  BackgroundWorkPage,
  DashboardPage,
  GeminiSettingsPage,
  JobsPage,
  NotificationsPage,
  PlatformConnectionsPage,
  ReportsPage,
  SegmentsPage,
  UsersPage,
} from './lazyPages';

export const mainNav: readonly NavItem[] = [
  { to: '/dashboard', label: 'Dashboard', icon: 'dashboard' },
  { to: '/jobs', label: 'Jobs', icon: 'jobs' },
  { to: '/candidates', label: 'Candidates', icon: 'candidates' },
  { to: '/segments', label: 'Segments', icon: 'segments' },
  { to: '/campaigns', label: 'Campaigns', icon: 'campaigns' },
  { to: '/applications', label: 'Applications', icon: 'applications' },
  { to: '/reports', label: 'Reports', icon: 'reports' },
  { to: '/automation', label: 'Automation', icon: 'automation' },
  { to: '/settings', label: 'Settings', icon: 'settings', requires: 'admin' },
];

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout nav={mainNav} />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <Navigate to="/dashboard" replace /> },
      { path: 'dashboard', element: <DashboardPage /> },
      { path: 'jobs/*', element: <JobsPage /> },
      { path: 'candidates/*', element: <CandidatesPage /> },
      { path: 'segments/*', element: <SegmentsPage /> },
      { path: 'campaigns/*', element: <CampaignsPage /> },
      { path: 'applications/*', element: <ApplicationsPage /> },
      { path: 'reports', element: <ReportsPage /> },
      { path: 'automation', element: <AutomationRulesPage /> },
      { path: 'notifications', element: <NotificationsPage /> },
      {
        path: 'settings',
        element: (
          <RequireCapability capability="admin">
            <SettingsLayout />
          </RequireCapability>
        ),
        children: [
          { index: true, element: <Navigate to="users" replace /> },
          { path: 'users', element: <UsersPage /> },
          { path: 'platform-connections', element: <PlatformConnectionsPage /> },
          { path: 'api-tokens', element: <ApiTokensPage /> },
          { path: 'integrations', element: <GeminiSettingsPage /> },
          { path: 'audit-log', element: <AuditLogPage /> },
          { path: 'background-work', element: <BackgroundWorkPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
