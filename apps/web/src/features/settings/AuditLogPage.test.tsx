import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../api/hooks/auditLog';
import { json, meHandler, mockApi, users } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';

const entry = (n: number, action = 'auth.login'): AuditEntry => ({
  id: String(n),
  at: `2026-03-01T10:${String(n).padStart(2, '0')}:00Z`,
  actorType: 'user',
  actorId: users.admin.id,
  actorLabel: users.admin.email,
  action,
  targetType: 'user',
  targetId: users.admin.id,
  targetName: null,
  ip: '203.0.113.7',
  details: n === 1 ? { email: 'x@example.com' } : {},
});

describe('AuditLogPage', () => {
  it('loads more pages by cursor and filters by an action chosen from the list the API gives', async () => {
    const server = mockApi({
      'GET /api/auth/me': meHandler(users.admin),
      'GET /api/audit-log/actions': () => json({ items: ['auth.login', 'job.created', 'user.created'] }),
      'GET /api/audit-log': (_request, url) => {
        const action = url.searchParams.get('action');
        if (action) return json({ items: [entry(9, action)], nextCursor: null });
        return url.searchParams.get('cursor') === 'page-2' ? json({ items: [entry(3)], nextCursor: null }) : json({ items: [entry(1), entry(2)], nextCursor: 'page-2' });
      },
    });
    const { user, router } = renderApp('/settings/audit-log');

    const table = await screen.findByRole('table', { name: 'Audit log entries' });
    expect(within(table).getAllByRole('row')).toHaveLength(3); // header + 2
    expect(within(table).getAllByText('203.0.113.7')).toHaveLength(2);
    expect(within(table).getByText('email: x@example.com')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await screen.findByText('Showing 3 entries (all)');
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(server.callsTo('GET', '/api/audit-log')[1]!.url.searchParams.get('cursor')).toBe('page-2');

    const select = screen.getByRole('combobox', { name: 'Action' });
    await within(select).findByRole('option', { name: 'job.created' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['All actions', 'auth.login', 'job.created', 'user.created']);
    await user.selectOptions(select, 'user.created');

    const filtered = await screen.findByRole('table', { name: 'Audit log entries for user.created' });
    expect(within(filtered).getAllByRole('rowheader').map((c) => c.textContent)).toEqual(['user.created']);
    expect(router.state.location.search).toBe('?action=user.created');
  });

  it('links each target to its page, by the name the API resolved (the id only when it has none)', async () => {
    const job = { ...entry(4, 'job.created'), targetType: 'job', targetId: '70000000-0000-4000-8000-000000000001', targetName: 'Senior backend engineer' };
    const deleted = { ...entry(6, 'campaign.archived'), targetType: 'campaign', targetId: '80000000-0000-4000-8000-000000000002' };
    mockApi({
      'GET /api/auth/me': meHandler(users.admin),
      'GET /api/audit-log/actions': () => json({ items: ['job.created'] }),
      'GET /api/audit-log': () => json({ items: [job, deleted, entry(5)], nextCursor: null }),
    });
    renderApp('/settings/audit-log');
    const table = await screen.findByRole('table', { name: 'Audit log entries' });
    expect(within(table).getByRole('link', { name: 'Senior backend engineer' })).toHaveAttribute('href', '/jobs/70000000-0000-4000-8000-000000000001');
    expect(within(table).queryByRole('link', { name: 'Job 70000000' })).not.toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Campaign 80000000' })).toHaveAttribute('href', '/campaigns/80000000-0000-4000-8000-000000000002');
    expect(within(table).getByRole('link', { name: /^User / })).toHaveAttribute('href', '/settings/users');
  });
});
