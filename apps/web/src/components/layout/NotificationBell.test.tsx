import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meHandler, mockApi, users } from '../../test/fakeApi';
import { notificationFixture, notificationsHandlers } from '../../test/notificationsFixture';
import { renderApp } from '../../test/renderApp';

const unreadOne = notificationFixture();
const unreadTwo = notificationFixture({ id: '7b000000-0000-4000-8000-000000000002', kind: 'segmentation_failed', title: 'A segmentation run failed', body: 'Too few candidates.', link: '/segments' });
const readOld = notificationFixture({ id: '7b000000-0000-4000-8000-000000000003', title: 'Old news', readAt: '2026-12-01T10:00:00Z', link: null });

// The count arrives after the session probe, with the page's own requests; give it time on a loaded machine.
const SLOW = { timeout: 10_000 };

describe('NotificationBell', () => {
  it('shows the unread count in its name and announces it politely', async () => {
    mockApi({ 'GET /api/auth/me': meHandler(users.viewer), ...notificationsHandlers([unreadOne, unreadTwo, readOld]) });
    renderApp('/dashboard');
    const bell = await screen.findByRole('button', { name: 'Notifications: 2 unread notifications' }, SLOW);
    expect(bell).toHaveAttribute('aria-expanded', 'false');
    const live = screen.getByText('2 unread notifications');
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(live).toHaveClass('sr-only');
  });

  it('opens with the keyboard, lists the latest, marks one read, and closes on Escape with focus back on the bell', async () => {
    const server = mockApi({ 'GET /api/auth/me': meHandler(users.recruiter), ...notificationsHandlers([unreadOne, unreadTwo, readOld]) });
    const { user } = renderApp('/dashboard');
    const bell = await screen.findByRole('button', { name: /^Notifications: 2 unread/ }, SLOW);
    bell.focus();
    await user.keyboard('{Enter}');
    expect(bell).toHaveAttribute('aria-expanded', 'true');

    const panel = await screen.findByRole('region', { name: 'Notifications' });
    expect(within(panel).getByRole('heading', { name: 'Notifications' })).toHaveFocus();
    expect(await within(panel).findByRole('link', { name: 'Import of people.csv finished' })).toHaveAttribute('href', '/candidates/imports/1');
    expect(within(panel).getByText('Old news')).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Mark read: A segmentation run failed' }));
    await waitFor(() => expect(server.callsTo('POST', `/api/notifications/${unreadTwo.id}/read`)).toHaveLength(1));
    await screen.findByRole('button', { name: 'Notifications: 1 unread notification' });

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Notifications' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Notifications:/ })).toHaveFocus();
  });

  it('marks all read from the panel, and following a notification marks it read and navigates', async () => {
    const server = mockApi({ 'GET /api/auth/me': meHandler(users.recruiter), ...notificationsHandlers([unreadOne, unreadTwo]) });
    const { user, router } = renderApp('/dashboard');
    await user.click(await screen.findByRole('button', { name: /^Notifications: 2 unread/ }, SLOW));
    const panel = await screen.findByRole('region', { name: 'Notifications' });
    await user.click(await within(panel).findByRole('button', { name: 'Mark all read' }));
    await screen.findByRole('button', { name: 'Notifications: No unread notifications' });
    expect(server.callsTo('POST', '/api/notifications/read-all')).toHaveLength(1);

    await user.click(within(panel).getByRole('link', { name: 'A segmentation run failed' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/segments'));
    expect(screen.queryByRole('region', { name: 'Notifications' })).not.toBeInTheDocument();
  });
});
