import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { User } from '../../api/hooks/users';
import { json, meHandler, mockApi, problem, users as people } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';

const asUser = (me: (typeof people)['admin'], overrides: Partial<User> = {}): User => ({ ...me, active: true, lastLoginAt: null, createdAt: '2026-01-01T00:00:00Z', ...overrides });

function usersApi() {
  const list: User[] = [asUser(people.admin), asUser(people.viewer)];
  return mockApi({
    'GET /api/auth/me': meHandler(people.admin),
    'GET /api/users': () => json(list),
    'POST /api/users': async (request) => {
      const body = (await request.json()) as { email: string; name: string; role: User['role'] };
      if (list.some((u) => u.email === body.email)) return problem(409, 'email already exists', [{ field: 'email', message: 'is already used by another account' }]);
      const user = asUser({ ...people.recruiter, ...body });
      list.push(user);
      return json({ user, temporaryPassword: 'Tmp-pass-1234-abcd' }, 201);
    },
    [`PATCH /api/users/${people.viewer.id}`]: async (request) => {
      const changes = (await request.json()) as Partial<User>;
      Object.assign(list[1]!, changes);
      return json(list[1]);
    },
  });
}

describe('UsersPage', () => {
  it('invites a user and shows the temporary password once', async () => {
    const server = usersApi();
    const { user } = renderApp('/settings/users');

    await user.type(await screen.findByLabelText(/^Name/), 'Rita Recruiter');
    await user.type(screen.getByLabelText(/^Email/), 'rita@example.com');
    await user.selectOptions(screen.getByLabelText('Role'), 'recruiter');
    await user.click(screen.getByRole('button', { name: 'Invite user' }));

    expect(await screen.findByLabelText('Temporary password')).toHaveTextContent('Tmp-pass-1234-abcd');
    expect(server.callsTo('POST', '/api/users')[0]!.body).toEqual({ name: 'Rita Recruiter', email: 'rita@example.com', role: 'recruiter' });
    expect(await screen.findByRole('rowheader', { name: 'Rita Recruiter' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByText('Tmp-pass-1234-abcd')).not.toBeInTheDocument();
  });

  it('shows the API field error next to the email field', async () => {
    usersApi();
    const { user } = renderApp('/settings/users');

    await user.type(await screen.findByLabelText(/^Name/), 'Vic Again');
    await user.type(screen.getByLabelText(/^Email/), people.viewer.email);
    await user.click(screen.getByRole('button', { name: 'Invite user' }));

    await waitFor(() => expect(screen.getByLabelText(/^Email/)).toHaveAccessibleDescription('is already used by another account'));
    expect(screen.getByRole('alert')).toHaveTextContent('email already exists');
  });

  it('changes a role and deactivates after confirmation, but never offers it for your own account', async () => {
    const server = usersApi();
    const { user } = renderApp('/settings/users');

    const ownRow = (await screen.findByRole('rowheader', { name: /Ada Admin/ })).closest('tr')!;
    expect(within(ownRow).queryByRole('combobox')).not.toBeInTheDocument();
    expect(within(ownRow).queryByRole('button')).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Role for Vic Viewer'), 'recruiter');
    await waitFor(() => expect(server.callsTo('PATCH', `/api/users/${people.viewer.id}`)).toHaveLength(1));
    expect(server.callsTo('PATCH', `/api/users/${people.viewer.id}`)[0]!.body).toEqual({ role: 'recruiter' });

    await user.click(screen.getByRole('button', { name: 'Deactivate Vic Viewer' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Deactivate' }));

    expect(await screen.findByRole('button', { name: 'Activate Vic Viewer' })).toBeInTheDocument();
    expect(server.callsTo('PATCH', `/api/users/${people.viewer.id}`)[1]!.body).toEqual({ active: false });
  });
});
