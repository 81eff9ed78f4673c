import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ApiToken } from '../../api/hooks/apiTokens';
import { json, meHandler, mockApi, users } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';
import { tokenStatus } from './ApiTokensPage';

const SECRET = 'afx_Zm9vYmFyYmF6-one-time-secret';

function tokenFixture(overrides: Partial<ApiToken> = {}): ApiToken {
  return { id: '6a1c7a8e-0000-4000-8000-000000000010', name: 'Greenhouse sync', prefix: 'afx_Zm9v', scopes: ['read'], createdAt: '2026-03-01T10:00:00Z', expiresAt: null, lastUsedAt: null, revokedAt: null, ...overrides };
}

/** A tiny in-memory tokens API: create adds to the list, delete revokes. */
function tokensApi(initial: ApiToken[] = []) {
  const tokens = [...initial];
  return mockApi({
    'GET /api/auth/me': meHandler(users.admin),
    'GET /api/api-tokens': () => json(tokens),
    'POST /api/api-tokens': async (request) => {
      const body = (await request.json()) as { name: string; scopes: ApiToken['scopes'] };
      const token = tokenFixture({ id: `6a1c7a8e-0000-4000-8000-00000000001${tokens.length}`, name: body.name, scopes: body.scopes });
      tokens.unshift(token);
      return json({ token, secret: SECRET }, 201);
    },
    'DELETE /api/api-tokens/6a1c7a8e-0000-4000-8000-000000000010': () => {
      tokens[tokens.length - 1] = { ...tokens[tokens.length - 1]!, revokedAt: '2026-03-02T10:00:00Z' };
      return json(tokens[tokens.length - 1]);
    },
  });
}

describe('ApiTokensPage', () => {
  it('shows a new token secret once, in a dialog, and forgets it when the dialog closes', async () => {
    document.cookie = 'adflux_csrf=csrf-1; path=/';
    const server = tokensApi();
    const { user } = renderApp('/settings/api-tokens');

    await user.type(await screen.findByLabelText(/^Token name/), 'Metabase');
    await user.click(screen.getByLabelText('Write'));
    await user.click(screen.getByRole('button', { name: 'Create token' }));

    const dialog = await screen.findByRole('dialog', { name: 'Token “Metabase” created' });
    expect(within(dialog).getByText(/only time the secret is shown/)).toBeInTheDocument();
    const secret = within(dialog).getByLabelText('Token secret');
    expect(secret).toHaveValue(SECRET);
    expect(secret).toHaveFocus();
    const [create] = server.callsTo('POST', '/api/api-tokens');
    expect(create!.body).toEqual({ name: 'Metabase', scopes: ['read', 'write'] });
    expect(create!.headers.get('X-CSRF-Token')).toBe('csrf-1');

    await user.click(within(dialog).getByRole('button', { name: 'Copy secret' }));
    expect(await navigator.clipboard.readText()).toBe(SECRET);

    await user.click(within(dialog).getByRole('button', { name: 'I have saved the secret' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // The list shows the prefix only; the secret is nowhere on the page any more.
    expect(await screen.findByRole('rowheader', { name: 'Metabase' })).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(SECRET);
    expect(screen.queryByDisplayValue(SECRET)).not.toBeInTheDocument();
  });

  it('closes the secret dialog with Escape and returns focus to the page', async () => {
    tokensApi();
    const { user } = renderApp('/settings/api-tokens');

    await user.type(await screen.findByLabelText(/^Token name/), 'Script');
    const submit = screen.getByRole('button', { name: 'Create token' });
    await user.click(submit);
    await screen.findByRole('dialog');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(submit).toHaveFocus();
  });

  it('requires a name and at least one scope', async () => {
    const server = tokensApi();
    const { user } = renderApp('/settings/api-tokens');

    await user.click(await screen.findByLabelText('Read'));
    await user.click(screen.getByRole('button', { name: 'Create token' }));

    expect(screen.getByLabelText(/^Token name/)).toHaveAccessibleDescription(/Name the token/);
    expect(screen.getByRole('group', { name: 'Scopes' })).toHaveAccessibleDescription('Choose at least one scope.');
    expect(server.callsTo('POST', '/api/api-tokens')).toHaveLength(0);
  });

  it('revokes a token only after confirmation', async () => {
    document.cookie = 'adflux_csrf=csrf-2; path=/';
    const server = tokensApi([tokenFixture()]);
    const { user } = renderApp('/settings/api-tokens');

    await user.click(await screen.findByRole('button', { name: 'Revoke Greenhouse sync' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Revoke token “Greenhouse sync”?' });
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(server.callsTo('DELETE', '/api/api-tokens/6a1c7a8e-0000-4000-8000-000000000010')).toHaveLength(0);

    await user.click(within(confirm).getByRole('button', { name: 'Revoke token' }));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    const row = screen.getByRole('rowheader', { name: 'Greenhouse sync' }).closest('tr')!;
    await waitFor(() => expect(within(row).getByText('Revoked')).toBeInTheDocument());
    expect(within(row).queryByRole('button', { name: /Revoke/ })).not.toBeInTheDocument();
    expect(server.callsTo('DELETE', '/api/api-tokens/6a1c7a8e-0000-4000-8000-000000000010')[0]!.headers.get('X-CSRF-Token')).toBe('csrf-2');
  });
});

describe('tokenStatus', () => {
  it('tells active, expired and revoked apart', () => {
    const now = Date.parse('2026-06-01T00:00:00Z');
    expect(tokenStatus(tokenFixture(), now)).toBe('active');
    expect(tokenStatus(tokenFixture({ expiresAt: '2026-05-31T23:59:59Z' }), now)).toBe('expired');
    expect(tokenStatus(tokenFixture({ expiresAt: '2026-05-31T23:59:59Z', revokedAt: '2026-05-01T00:00:00Z' }), now)).toBe('revoked');
  });
});
