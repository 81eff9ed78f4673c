import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, meHandler, mockApi, problem, users } from '../../test/fakeApi';
import type { AdsPlatform } from '../../api/hooks/adsPlatforms';
import { ADS_PLATFORMS, adsPlatformsHandler } from '../../test/adsPlatformsFixture';
import { renderApp } from '../../test/renderApp';
import type { PlatformConnection } from '../../api/hooks/platformConnections';
import { validateConnection } from './PlatformConnectionsForm';

const TOKEN = 'EAAB-plaintext-access-token-9876';
const ROUTE = '/settings/platform-connections';

function connectionFixture(overrides: Partial<PlatformConnection> = {}): PlatformConnection {
  return {
    id: '7b1c7a8e-0000-4000-8000-000000000001', kind: 'meta', name: 'Meta – Clinic', label: 'Meta', isSandbox: false, status: 'unverified', statusDetail: null,
    account: { adAccountId: 'act_123', pageId: '456' }, secrets: { accessToken: '••••9876' }, lastVerifiedAt: null,
    createdAt: '2026-11-01T10:00:00Z', updatedAt: '2026-11-01T10:00:00Z', archivedAt: null, ...overrides,
  };
}

/** An in-memory connections API: create appends a masked connection. */
function connectionsApi(initial: PlatformConnection[] = [], create?: (body: Record<string, unknown>) => Response) {
  const list = [...initial];
  return mockApi({
    'GET /api/auth/me': meHandler(users.admin),
    'GET /api/ads-platforms': adsPlatformsHandler,
    'GET /api/platform-connections': () => json({ items: list, nextCursor: null }),
    'POST /api/platform-connections': async (request) => {
      const body = (await request.json()) as Record<string, unknown>;
      if (create) return create(body);
      const created = connectionFixture({ id: `7b1c7a8e-0000-4000-8000-00000000010${list.length}`, name: String(body.name), kind: body.kind as PlatformConnection['kind'] });
      list.push(created);
      return json(created, 201);
    },
  });
}

describe('PlatformConnectionsForm', () => {
  it('adds a Meta connection: secrets are password inputs, sent once with CSRF, then cleared', async () => {
    document.cookie = 'adflux_csrf=csrf-pc; path=/';
    const server = connectionsApi();
    const { user } = renderApp(ROUTE);

    const token = await screen.findByLabelText(/^Access token/);
    expect(token).toHaveAttribute('type', 'password');
    expect(screen.getByLabelText(/^App secret/)).toHaveAttribute('type', 'password');
    expect(screen.getByLabelText(/^Ad account id/)).toHaveAttribute('type', 'text');

    await user.type(screen.getByLabelText(/^Connection name/), 'Meta – Clinic');
    await user.type(screen.getByLabelText(/^Ad account id/), 'act_123');
    await user.type(screen.getByLabelText(/^Facebook Page id/), '456');
    await user.type(token, TOKEN);
    await user.click(screen.getByRole('button', { name: 'Add connection' }));

    await waitFor(() => expect(server.callsTo('POST', '/api/platform-connections')).toHaveLength(1));
    const [create] = server.callsTo('POST', '/api/platform-connections');
    expect(create!.body).toEqual({ kind: 'meta', name: 'Meta – Clinic', meta: { adAccountId: 'act_123', pageId: '456', accessToken: TOKEN } });
    expect(create!.headers.get('X-CSRF-Token')).toBe('csrf-pc');

    expect(await screen.findByRole('rowheader', { name: 'Meta – Clinic' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText(/^Access token/)).toHaveValue(''));
    expect(screen.queryByDisplayValue(TOKEN)).not.toBeInTheDocument();
    expect(document.body.textContent).not.toContain(TOKEN);
  });

  it('checks required fields and id formats before sending anything', async () => {
    const server = connectionsApi();
    const { user } = renderApp(ROUTE);

    await user.type(await screen.findByLabelText(/^Ad account id/), 'acc-12');
    await user.click(screen.getByRole('button', { name: 'Add connection' }));

    expect(screen.getByLabelText(/^Connection name/)).toHaveAccessibleDescription(/Name the connection/);
    expect(screen.getByLabelText(/^Ad account id/)).toHaveAccessibleDescription(/act_ followed by digits/);
    expect(screen.getByLabelText(/^Access token/)).toHaveAccessibleDescription(/Enter the access token/);
    expect(screen.getByLabelText(/^Connection name/)).toHaveFocus();
    expect(server.callsTo('POST', '/api/platform-connections')).toHaveLength(0);
  });

  it('switches to Google Ads fields and shows the API\'s field errors next to them', async () => {
    const server = connectionsApi([], () => problem(400, 'google.customerId: must be 10 digits', [{ field: 'google.customerId', message: 'must be 10 digits (dashes allowed: 123-456-7890)' }]));
    const { user } = renderApp(ROUTE);

    await user.type(await screen.findByLabelText(/^Ad account id/), 'act_1');
    await user.selectOptions(screen.getByLabelText('Platform'), 'google');
    expect(screen.queryByLabelText(/^Ad account id/)).not.toBeInTheDocument();
    for (const secret of [/^Developer token/, /^OAuth client id/, /^OAuth client secret/, /^OAuth refresh token/]) {
      expect(screen.getByLabelText(secret)).toHaveAttribute('type', 'password');
    }

    await user.type(screen.getByLabelText(/^Connection name/), 'Google – Clinic');
    await user.type(screen.getByLabelText(/^Customer id/), '123-456-7890');
    await user.type(screen.getByLabelText(/^Developer token/), 'dev-token-1');
    await user.type(screen.getByLabelText(/^OAuth client id/), 'client-1');
    await user.type(screen.getByLabelText(/^OAuth client secret/), 'secret-1');
    await user.type(screen.getByLabelText(/^OAuth refresh token/), 'refresh-1');
    await user.click(screen.getByRole('button', { name: 'Add connection' }));

    await waitFor(() => expect(screen.getByLabelText(/^Customer id/)).toHaveAccessibleDescription(/must be 10 digits/));
    const [create] = server.callsTo('POST', '/api/platform-connections');
    expect(create!.body).toEqual({
      kind: 'google', name: 'Google – Clinic',
      google: { customerId: '123-456-7890', developerToken: 'dev-token-1', clientId: 'client-1', clientSecret: 'secret-1', refreshToken: 'refresh-1' },
    });
  });

  it('adds a sandbox connection with no credentials', async () => {
    const server = connectionsApi();
    const { user } = renderApp(ROUTE);

    await user.selectOptions(await screen.findByLabelText('Platform'), 'sandbox');
    expect(screen.queryByLabelText(/token|secret/i)).not.toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Connection name/), 'Try it');
    await user.click(screen.getByRole('button', { name: 'Add connection' }));

    await waitFor(() => expect(server.callsTo('POST', '/api/platform-connections')).toHaveLength(1));
    expect(server.callsTo('POST', '/api/platform-connections')[0]!.body).toEqual({ kind: 'sandbox', name: 'Try it' });
  });

  it('offers every platform the API lists, with its own fields and note (a new platform needs no SPA change)', async () => {
    const linkedIn = {
      ...ADS_PLATFORMS[0]!, kind: 'linkedin', label: 'LinkedIn', optionLabel: 'LinkedIn Ads', connectionNote: 'Sponsored content only.',
      fields: [{ name: 'organizationId', label: 'Organization id', secret: false, required: true, pattern: '^\\d{1,20}$', patternMessage: 'Use digits only.' }],
    } as unknown as AdsPlatform;
    const server = mockApi({
      'GET /api/auth/me': meHandler(users.admin),
      'GET /api/ads-platforms': () => json({ items: [...ADS_PLATFORMS, linkedIn] }),
      'GET /api/platform-connections': () => json({ items: [], nextCursor: null }),
      'POST /api/platform-connections': () => json(connectionFixture({ kind: 'linkedin' as PlatformConnection['kind'] }), 201),
    });
    const { user } = renderApp(ROUTE);

    await user.selectOptions(await screen.findByLabelText('Platform'), 'linkedin');
    expect(screen.getByText('Sponsored content only.')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Connection name/), 'LinkedIn – Clinic');
    await user.type(screen.getByLabelText(/^Organization id/), 'org-1');
    await user.click(screen.getByRole('button', { name: 'Add connection' }));
    expect(await screen.findByText('Use digits only.')).toBeInTheDocument();
    expect(server.callsTo('POST', '/api/platform-connections')).toHaveLength(0);

    await user.clear(screen.getByLabelText(/^Organization id/));
    await user.type(screen.getByLabelText(/^Organization id/), '42');
    await user.click(screen.getByRole('button', { name: 'Add connection' }));
    await waitFor(() => expect(server.callsTo('POST', '/api/platform-connections')).toHaveLength(1));
    expect(server.callsTo('POST', '/api/platform-connections')[0]!.body).toEqual({ kind: 'linkedin', name: 'LinkedIn – Clinic', linkedin: { organizationId: '42' } });
  });
});

describe('PlatformConnectionsPage', () => {
  const sandbox = connectionFixture({
    id: '7b1c7a8e-0000-4000-8000-000000000002', kind: 'sandbox', name: 'Sandbox', label: 'Sandbox', isSandbox: true, status: 'connected',
    statusDetail: 'Simulated platform: nothing is published or spent.', account: { currency: 'USD', timeZone: 'UTC' }, secrets: {},
  });

  it('lists connections with the Sandbox label, status and masked secrets; verifies and shows the result', async () => {
    document.cookie = 'adflux_csrf=csrf-v; path=/';
    const meta = connectionFixture();
    const server = mockApi({
      'GET /api/auth/me': meHandler(users.admin),
    'GET /api/ads-platforms': adsPlatformsHandler,
      'GET /api/platform-connections': () => json({ items: [sandbox, meta], nextCursor: null }),
      [`POST /api/platform-connections/${meta.id}/verify`]: () =>
        json({ ok: false, detail: 'Meta access token or permission problem: (#190/463) expired', connection: { ...meta, status: 'needs_reauth' } }),
    });
    const { user } = renderApp(ROUTE);

    const sandboxRow = (await screen.findByRole('rowheader', { name: /^Sandbox/ })).closest('tr')!;
    expect(within(sandboxRow).getAllByText('Sandbox').length).toBeGreaterThanOrEqual(2); // badge + platform column
    expect(within(sandboxRow).getByText('Connected')).toBeInTheDocument();
    const metaRow = screen.getByRole('rowheader', { name: 'Meta – Clinic' }).closest('tr')!;
    expect(within(metaRow).getByText('Not verified')).toBeInTheDocument();
    expect(within(metaRow).getByText('••••9876')).toBeInTheDocument();
    expect(within(metaRow).getByText('Access token')).toBeInTheDocument();
    expect(within(metaRow).queryByText('Sandbox')).not.toBeInTheDocument();

    await user.click(within(metaRow).getByRole('button', { name: 'Verify Meta – Clinic' }));
    expect(await screen.findByText(/not connected — Meta access token or permission problem/)).toBeInTheDocument();
    const [call] = server.callsTo('POST', `/api/platform-connections/${meta.id}/verify`);
    expect(call!.headers.get('X-CSRF-Token')).toBe('csrf-v');
  });

  it('deletes a connection only after confirmation', async () => {
    const server = mockApi({
      'GET /api/auth/me': meHandler(users.admin),
    'GET /api/ads-platforms': adsPlatformsHandler,
      'GET /api/platform-connections': () => json({ items: [sandbox], nextCursor: null }),
      [`DELETE /api/platform-connections/${sandbox.id}`]: () => new Response(null, { status: 204 }),
    });
    const { user } = renderApp(ROUTE);

    await user.click(await screen.findByRole('button', { name: 'Delete Sandbox' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Delete connection “Sandbox”?' });
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(server.callsTo('DELETE', `/api/platform-connections/${sandbox.id}`)).toHaveLength(0);

    await user.click(within(confirm).getByRole('button', { name: 'Delete connection' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(server.callsTo('DELETE', `/api/platform-connections/${sandbox.id}`)).toHaveLength(1);
  });

  it('is reachable from the settings navigation', async () => {
    connectionsApi();
    const { user, router } = renderApp('/settings/users');
    await user.click(await screen.findByRole('link', { name: 'Platform connections' }));
    expect(router.state.location.pathname).toBe(ROUTE);
    expect(await screen.findByRole('heading', { name: 'Platform connections' })).toBeInTheDocument();
  });
});

const fieldsOf = (kind: string) => ADS_PLATFORMS.find((p) => p.kind === kind)!.fields;

describe('validateConnection', () => {
  it('applies the API\'s formats: act_ ids, 10-digit customer ids, required secrets per kind', () => {
    expect(validateConnection(fieldsOf('meta'), 'M', { adAccountId: '123', pageId: '4', accessToken: 'x' })).toEqual({});
    expect(validateConnection(fieldsOf('google'), 'G', { customerId: '12345', developerToken: 'd', clientId: 'c', clientSecret: 's', refreshToken: 'r' })).toEqual({ customerId: 'Use 10 digits (dashes allowed).' });
    expect(Object.keys(validateConnection(fieldsOf('google'), '', {}))).toEqual(['name', 'customerId', 'developerToken', 'clientId', 'clientSecret', 'refreshToken']);
    expect(validateConnection(fieldsOf('sandbox'), 'S', { currency: 'dollars' })).toEqual({ currency: 'Use a 3-letter ISO code such as USD.' });
  });
});
