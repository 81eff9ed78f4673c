import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { NotificationPreference } from '../../api/hooks/notifications';
import { meHandler, mockApi, users } from '../../test/fakeApi';
import { notificationFixture, notificationsHandlers } from '../../test/notificationsFixture';
import { renderApp } from '../../test/renderApp';

const prefs = (): NotificationPreference[] => [
  { kind: 'import_finished', label: 'A candidate import finished', inApp: true, email: false },
  { kind: 'import_failed', label: 'A candidate import failed', inApp: true, email: true },
];

describe('NotificationsPage', () => {
  it('preferences: every role changes its own channels per kind and saves only what changed', async () => {
    document.cookie = 'adflux_csrf=csrf-1; path=/';
    const server = mockApi({ 'GET /api/auth/me': meHandler(users.viewer), ...notificationsHandlers([], prefs()) });
    const { user } = renderApp('/notifications?tab=preferences');

    const byEmail = await screen.findByRole('checkbox', { name: 'A candidate import finished: by e-mail' });
    expect(byEmail).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'A candidate import failed: by e-mail' })).toBeChecked();
    const save = screen.getByRole('button', { name: 'Save preferences' });
    expect(save).toBeDisabled();

    await user.click(byEmail);
    await user.click(screen.getByRole('checkbox', { name: 'A candidate import failed: in the app' }));
    await user.click(save);

    await screen.findByText('Saved.');
    const [put] = server.callsTo('PUT', '/api/notifications/preferences');
    expect(put!.body).toEqual({
      items: [
        { kind: 'import_finished', inApp: true, email: true },
        { kind: 'import_failed', inApp: false, email: true },
      ],
    });
    expect(put!.headers.get('X-CSRF-Token')).toBe('csrf-1');
    expect(screen.getByRole('checkbox', { name: 'A candidate import finished: by e-mail' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Save preferences' })).toBeDisabled();
  });

  it('says when the server cannot send e-mail', async () => {
    mockApi({ 'GET /api/auth/me': meHandler(users.recruiter), ...notificationsHandlers([], prefs(), false) });
    renderApp('/notifications?tab=preferences');
    expect(await screen.findByText(/E-mail is not set up on this server/)).toBeInTheDocument();
  });

  it('inbox: lists notifications, filters unread, marks all read', async () => {
    const server = mockApi({
      'GET /api/auth/me': meHandler(users.recruiter),
      ...notificationsHandlers([notificationFixture(), notificationFixture({ id: '7b000000-0000-4000-8000-000000000009', title: 'Old news', readAt: '2026-12-01T10:00:00Z' })]),
    });
    const { user } = renderApp('/notifications');
    const list = await screen.findByRole('list', { name: 'Notifications' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);

    await user.click(screen.getByRole('checkbox', { name: 'Unread only' }));
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Notifications' })).getAllByRole('listitem')).toHaveLength(1));

    await user.click(within(screen.getByRole('main')).getByRole('button', { name: 'Mark all read' }));
    expect(await screen.findByText('Nothing unread.')).toBeInTheDocument();
    expect(server.callsTo('POST', '/api/notifications/read-all')).toHaveLength(1);
  });
});
