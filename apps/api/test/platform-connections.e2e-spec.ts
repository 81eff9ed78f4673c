import { randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';
import nock from 'nock';
import type { AdsPlatform } from '../src/ads-platforms/ads-platform.port';
import { ADAPTER_BUILDERS, AdapterBuilders, AdsPlatformFactory } from '../src/ads-platforms/connections/ads-platform.factory';
import { ConnectionsService } from '../src/ads-platforms/connections/connections.service';
import { useGlobalFetchForGoogleAuth } from '../src/ads-platforms/google/google-auth.test-support';
import { seedSandboxConnection } from '../src/ads-platforms/connections/sandbox-connection.seed';
import { PlatformError } from '../src/ads-platforms/platform-error';
import { appConfig, resetAppConfig } from '../src/config/app-config';
import { createTestApp, expectProblem, loginAs, resetState, TestApp } from './harness';

const GRAPH = 'https://graph.facebook.com';
const META = {
  appId: '1234567890',
  appSecret: 'meta-app-secret-0123456789abcdef',
  accessToken: 'EAAB-meta-access-token-SECRET-9876',
  adAccountId: '123456789',
  pageId: '555000111',
  currency: 'usd',
  timeZone: 'America/Chicago',
};
const GOOGLE = {
  developerToken: 'google-dev-token-SECRET-4321',
  clientId: '1234-abc.apps.googleusercontent.com',
  clientSecret: 'GOCSPX-client-secret-SECRET-8765',
  refreshToken: '1//google-refresh-token-SECRET-1111',
  customerId: '123-456-7890',
  loginCustomerId: '9876543210',
};
const PLAINTEXTS = [META.appSecret, META.accessToken, GOOGLE.developerToken, GOOGLE.clientSecret, GOOGLE.refreshToken, GOOGLE.clientId];
const NEW_TOKEN = 'EAAB-rotated-access-token-SECRET-5555';

type Admin = Awaited<ReturnType<typeof loginAs>>;

/** No response, stored row or audit entry may ever contain a plaintext secret. */
function expectNoSecrets(value: unknown, secrets: string[] = [...PLAINTEXTS, NEW_TOKEN]): void {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  for (const secret of secrets) expect(text).not.toContain(secret);
}

describe('platform connections (integration)', () => {
  let t: TestApp;
  let admin: Admin;
  let builders: AdapterBuilders;
  let original: AdapterBuilders;
  const logged: unknown[] = [];

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    // Every Nest logger call is captured: secrets must never reach a log line.
    for (const level of ['log', 'warn', 'error', 'debug', 'verbose'] as const) {
      jest.spyOn(Logger.prototype, level).mockImplementation((...args: unknown[]) => void logged.push(args));
    }
    t = await createTestApp();
    builders = t.app.get<AdapterBuilders>(ADAPTER_BUILDERS);
    original = { ...builders };
  });
  beforeEach(async () => {
    await resetState(t.dataSource);
    Object.assign(builders, original);
    nock.cleanAll();
    admin = await loginAs(t, 'admin');
  });
  afterEach(() => expectNoSecrets(logged));
  afterAll(async () => {
    nock.cleanAll();
    nock.enableNetConnect();
    jest.restoreAllMocks();
    await t.close();
  });

  const createMeta = (name = 'Meta – Clinic', fields: object = META) => admin.post('/api/platform-connections', { kind: 'meta', name, meta: fields });
  const createGoogle = (name = 'Google – Clinic') => admin.post('/api/platform-connections', { kind: 'google', name, google: GOOGLE });
  const storedRow = async (id: string) => (await t.dataSource.query(`SELECT * FROM platform_connections WHERE id = $1`, [id]))[0];
  const auditRows = () => t.dataSource.query(`SELECT action, details FROM audit_log ORDER BY id`);

  describe('create, read, mask', () => {
    it('creates a Meta connection: secrets masked in the response, sealed in the row, absent from the audit log', async () => {
      const res = await createMeta().expect(201);
      expect(res.body).toMatchObject({
        kind: 'meta', name: 'Meta – Clinic', label: 'Meta', isSandbox: false, status: 'unverified', statusDetail: null, archivedAt: null,
        account: { appId: META.appId, adAccountId: 'act_123456789', pageId: META.pageId, currency: 'USD', timeZone: 'America/Chicago' },
        secrets: { accessToken: '••••9876', appSecret: '••••cdef' },
      });
      expectNoSecrets(res.body);

      const row = await storedRow(res.body.id);
      expect(row.key_id).toBe('k1');
      expect(row.secrets_ciphertext).toMatch(/^[A-Za-z0-9+/]+=*$/);
      expectNoSecrets(row);
      expect(row.public_fields).toEqual(res.body.account);

      const audit = await auditRows();
      expect(audit.map((a: { action: string }) => a.action)).toContain('platform_connection.created');
      expect(audit.find((a: { action: string }) => a.action === 'platform_connection.created').details).toMatchObject({ kind: 'meta', secretsSet: ['accessToken', 'appSecret'] });
      expectNoSecrets(audit);
    });

    it('creates a Google connection with customer ids normalized to 10 digits', async () => {
      const res = await createGoogle().expect(201);
      expect(res.body.account).toEqual({ customerId: '1234567890', loginCustomerId: '9876543210' });
      expect(Object.keys(res.body.secrets).sort()).toEqual(['clientId', 'clientSecret', 'developerToken', 'refreshToken']);
      expect(res.body.secrets.refreshToken).toBe('••••1111');
      expectNoSecrets(res.body);
      expectNoSecrets(await storedRow(res.body.id));
    });

    it('creates a sandbox connection: connected at once, labelled Sandbox, USD/UTC by default', async () => {
      const res = await admin.post('/api/platform-connections', { kind: 'sandbox', name: 'Try it' }).expect(201);
      expect(res.body).toMatchObject({ kind: 'sandbox', label: 'Sandbox', isSandbox: true, status: 'connected', account: { currency: 'USD', timeZone: 'UTC' }, secrets: {} });
      expect(res.body.lastVerifiedAt).not.toBeNull();
    });

    it('validates each kind: account id formats, required secrets, sections of other kinds', async () => {
      expectProblem(await createMeta('x', { ...META, adAccountId: 'act_12ab' }), 400, 'meta.adAccountId');
      expectProblem(await createMeta('x', { ...META, accessToken: undefined }), 400, 'meta.accessToken');
      expectProblem(await createMeta('x', { ...META, timeZone: 'Mars/Olympus' }), 400, 'meta.timeZone');
      expectProblem(await createMeta('x', { ...META, currency: 'XXX' }), 400, 'meta.currency');
      expectProblem(await admin.post('/api/platform-connections', { kind: 'meta', name: 'x' }), 400, 'meta');
      expectProblem(await admin.post('/api/platform-connections', { kind: 'meta', name: 'x', meta: META, google: GOOGLE }), 400, 'google');
      expectProblem(await admin.post('/api/platform-connections', { kind: 'google', name: 'x', google: { ...GOOGLE, customerId: '123-456-789' } }), 400, 'google.customerId');
      expectProblem(await admin.post('/api/platform-connections', { kind: 'google', name: 'x', google: { ...GOOGLE, refreshToken: undefined } }), 400, 'google.refreshToken');
      expectProblem(await admin.post('/api/platform-connections', { kind: 'tiktok', name: 'x' }), 400, 'kind');
      expectProblem(await admin.post('/api/platform-connections', { kind: 'meta', name: 'x', meta: { ...META, password: 'x' } }), 400);
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM platform_connections`);
      expect(count).toBe(0);
    });

    it('refuses a second live connection with the same name (case-insensitive)', async () => {
      await createMeta('Main').expect(201);
      expectProblem(await createMeta('main'), 409, 'name');
    });

    it('lists (keyset pages) and reads for every signed-in role and read tokens, always masked', async () => {
      const meta = (await createMeta().expect(201)).body;
      const google = (await createGoogle().expect(201)).body;
      for (const role of ['recruiter', 'viewer'] as const) {
        const who = await loginAs(t, role);
        const first = await who.get('/api/platform-connections?limit=1').expect(200);
        expect(first.body.items.map((c: { id: string }) => c.id)).toEqual([meta.id]);
        const second = await who.get(`/api/platform-connections?limit=1&cursor=${first.body.nextCursor}`).expect(200);
        expect(second.body).toEqual({ items: [google], nextCursor: null });
        const one = await who.get(`/api/platform-connections/${meta.id}`).expect(200);
        expect(one.body).toEqual(meta);
        expectNoSecrets([first.body, second.body, one.body]);
      }
      const filtered = await admin.get('/api/platform-connections?kind=google').expect(200);
      expect(filtered.body.items.map((c: { id: string }) => c.id)).toEqual([google.id]);
      expectProblem(await admin.get('/api/platform-connections?kind=tiktok'), 400, 'kind');

      const token = (await admin.post('/api/api-tokens', { name: 'bi', scopes: ['read', 'write'] }).expect(201)).body.secret;
      const viaToken = await t.http.get('/api/platform-connections').set('Authorization', `Bearer ${token}`).expect(200);
      expect(viaToken.body.items).toHaveLength(2);
      expectProblem(await t.http.post('/api/platform-connections').set('Authorization', `Bearer ${token}`).send({ kind: 'sandbox', name: 'x' }), 403);
    });

    it('GET /ads-platforms: every signed-in role reads the registered platforms (kinds, labels, form fields, rules); anonymous 401', async () => {
      for (const role of ['viewer', 'recruiter', 'admin'] as const) {
        const who = await loginAs(t, role);
        const { body } = await who.get('/api/ads-platforms').expect(200);
        expect(body.items.map((p: { kind: string }) => p.kind)).toEqual(['meta', 'google', 'sandbox']);
        const [meta, google, sandbox] = body.items;
        expect(meta).toMatchObject({ label: 'Meta', optionLabel: 'Meta (Facebook / Instagram)', isSandbox: false, needsVerification: true, compliance: { minRadiusKm: 25, maxRadiusKm: 80, textLimits: { headline: 40, primaryText: 125, description: 30 } } });
        expect(meta.fields.find((f: { name: string }) => f.name === 'accessToken')).toMatchObject({ secret: true, required: true });
        expect(new RegExp(meta.fields.find((f: { name: string }) => f.name === 'adAccountId').pattern).test('act_123')).toBe(true);
        expect(google).toMatchObject({ label: 'Google Ads', targeting: { adPreview: 'search' }, compliance: { textCounting: 'double-width' } });
        expect(sandbox).toMatchObject({ label: 'Sandbox', isSandbox: true, needsVerification: false, fields: [{ name: 'currency' }, { name: 'timeZone' }] });
        expect(sandbox.connectionNote).toMatch(/simulates delivery/);
      }
      expectProblem(await t.http.get('/api/ads-platforms'), 401);
    });

    it('lets only admins change anything', async () => {
      const meta = (await createMeta().expect(201)).body;
      const recruiter = await loginAs(t, 'recruiter');
      expectProblem(await recruiter.post('/api/platform-connections', { kind: 'sandbox', name: 'x' }), 403);
      expectProblem(await recruiter.patch(`/api/platform-connections/${meta.id}`, { name: 'y' }), 403);
      expectProblem(await recruiter.post(`/api/platform-connections/${meta.id}/verify`), 403);
      expectProblem(await recruiter.delete(`/api/platform-connections/${meta.id}`), 403);
      expectProblem(await admin.get('/api/platform-connections/not-a-uuid'), 400, 'id');
      expectProblem(await admin.get('/api/platform-connections/00000000-0000-4000-8000-000000000000'), 404);
    });
  });

  describe('rotate and delete', () => {
    it('PATCH replaces only the fields sent, re-seals, and resets the status to unverified', async () => {
      const meta = (await createMeta().expect(201)).body;
      await t.dataSource.query(`UPDATE platform_connections SET status = 'connected' WHERE id = $1`, [meta.id]);
      const before = await storedRow(meta.id);

      const res = await admin.patch(`/api/platform-connections/${meta.id}`, { meta: { accessToken: NEW_TOKEN } }).expect(200);
      expect(res.body).toMatchObject({ status: 'unverified', secrets: { accessToken: '••••5555', appSecret: '••••cdef' }, account: meta.account });
      expectNoSecrets(res.body);
      const after = await storedRow(meta.id);
      expect(after.secrets_ciphertext).not.toBe(before.secrets_ciphertext);
      expectNoSecrets(after);

      const { platform } = await t.app.get(AdsPlatformFactory).forConnection(meta.id);
      expect(platform.kind).toBe('meta');
      const opened = await t.app.get(ConnectionsService).open(meta.id);
      expect(opened.values).toMatchObject({ accessToken: NEW_TOKEN, appSecret: META.appSecret, adAccountId: 'act_123456789' });

      const audit = await auditRows();
      expect(audit.find((a: { action: string }) => a.action === 'platform_connection.updated').details).toMatchObject({ secretsReplaced: ['accessToken'] });
      expectNoSecrets(audit);
    });

    it('PATCH of name or locale keeps the status; null clears an optional field; required ones refuse null', async () => {
      const meta = (await createMeta().expect(201)).body;
      await t.dataSource.query(`UPDATE platform_connections SET status = 'connected' WHERE id = $1`, [meta.id]);
      const res = await admin.patch(`/api/platform-connections/${meta.id}`, { name: 'Renamed', meta: { timeZone: 'Europe/Berlin' } }).expect(200);
      expect(res.body).toMatchObject({ name: 'Renamed', status: 'connected', account: { timeZone: 'Europe/Berlin' } });

      const cleared = await admin.patch(`/api/platform-connections/${meta.id}`, { meta: { appSecret: null } }).expect(200);
      expect(cleared.body.secrets).toEqual({ accessToken: '••••9876' });
      expect((await t.app.get(ConnectionsService).open(meta.id)).values.appSecret).toBeUndefined();
      expectProblem(await admin.patch(`/api/platform-connections/${meta.id}`, { meta: { accessToken: null } }), 400, 'meta.accessToken');
      expectProblem(await admin.patch(`/api/platform-connections/${meta.id}`, { google: { refreshToken: 'abcdefghij' } }), 422, 'google');
      expectProblem(await admin.patch(`/api/platform-connections/${meta.id}`, { kind: 'google' }), 400);
    });

    it('DELETE archives: gone from the list, readable by id, credentials wiped, no adapter any more', async () => {
      const meta = (await createMeta().expect(201)).body;
      await admin.delete(`/api/platform-connections/${meta.id}`).expect(204);
      expect((await admin.get('/api/platform-connections').expect(200)).body.items).toEqual([]);
      const archived = await admin.get(`/api/platform-connections/${meta.id}`).expect(200);
      expect(archived.body.archivedAt).not.toBeNull();
      expect(archived.body.secrets).toEqual({});
      const row = await storedRow(meta.id);
      expect([row.secrets_ciphertext, row.key_id]).toEqual([null, null]);
      expectProblem(await admin.post(`/api/platform-connections/${meta.id}/verify`), 404);
      expectProblem(await admin.delete(`/api/platform-connections/${meta.id}`), 404);
      await expect(t.app.get(AdsPlatformFactory).forConnection(meta.id)).rejects.toMatchObject({ status: 404 });
      // The name is free again.
      await createMeta().expect(201);
    });
  });

  describe('verify', () => {
    const accountRead = () => nock(GRAPH).get('/v25.0/act_123456789').query((q) => q.fields === 'name,account_status,currency' && q.access_token === META.accessToken && typeof q.appsecret_proof === 'string');

    it('Meta: reads the ad account; connected with its name', async () => {
      const meta = (await createMeta().expect(201)).body;
      const scope = accountRead().reply(200, { id: 'act_123456789', name: 'Clinic Ads', account_status: 1, currency: 'USD' });
      const res = await admin.post(`/api/platform-connections/${meta.id}/verify`).expect(200);
      expect(scope.isDone()).toBe(true);
      expect(res.body).toMatchObject({ ok: true, detail: 'Clinic Ads (USD)', connection: { status: 'connected', statusDetail: 'Clinic Ads (USD)' } });
      expect(res.body.connection.lastVerifiedAt).not.toBeNull();
      const audit = await auditRows();
      expect(audit.find((a: { action: string }) => a.action === 'platform_connection.verified').details).toMatchObject({ ok: true, status: 'connected' });
    });

    it('Meta: error 190 → needs_reauth, token redacted everywhere; then jobs fail fast without calling Meta', async () => {
      const meta = (await createMeta().expect(201)).body;
      accountRead().reply(400, { error: { message: `Error validating access token: ${META.accessToken} has expired`, type: 'OAuthException', code: 190, error_subcode: 463 } });
      const res = await admin.post(`/api/platform-connections/${meta.id}/verify`).expect(200);
      expect(res.body).toMatchObject({ ok: false, connection: { status: 'needs_reauth' } });
      expect(res.body.detail).toContain('#190/463');
      expectNoSecrets(res.body);
      expectNoSecrets(await storedRow(meta.id));
      expectNoSecrets(await auditRows());

      // No retry storm: the factory refuses to build it until an admin updates the credentials.
      const error = await t.app.get(AdsPlatformFactory).forConnection(meta.id).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PlatformError);
      expect((error as PlatformError).kind).toBe('auth');
      expect(nock.pendingMocks()).toEqual([]);

      await admin.patch(`/api/platform-connections/${meta.id}`, { meta: { accessToken: NEW_TOKEN } }).expect(200);
      await expect(t.app.get(AdsPlatformFactory).forConnection(meta.id)).resolves.toMatchObject({ connection: { status: 'unverified' } });
    });

    it('Meta: a disabled ad account → error with the account status', async () => {
      const meta = (await createMeta().expect(201)).body;
      accountRead().reply(200, { id: 'act_123456789', name: 'Clinic Ads', account_status: 2, currency: 'USD' });
      const res = await admin.post(`/api/platform-connections/${meta.id}/verify`).expect(200);
      expect(res.body).toMatchObject({ ok: false, detail: 'Clinic Ads (USD): account status DISABLED', connection: { status: 'error' } });
    });

    it('Meta: an outage leaves the status as it was (and is audited)', async () => {
      const meta = (await createMeta().expect(201)).body;
      accountRead().reply(500, { error: { message: 'Service temporarily unavailable', code: 2, is_transient: true } });
      const res = await admin.post(`/api/platform-connections/${meta.id}/verify`).expect(200);
      expect(res.body).toMatchObject({ ok: false, connection: { status: 'unverified', lastVerifiedAt: null } });
      expect(res.body.detail).toMatch(/try again later/);
      const audit = await auditRows();
      expect(audit.find((a: { action: string }) => a.action === 'platform_connection.verified').details).toMatchObject({ ok: false, status: null });
    });

    describe('Google (REST query of the customer, OAuth refresh first)', () => {
      const OAUTH = 'https://oauth2.googleapis.com';
      const ADS = 'https://googleads.googleapis.com';
      const STREAM = '/v25/customers/1234567890/googleAds:searchStream';
      let n = 0;
      // google-ads-api caches access tokens per refresh token for 50 min: a fresh one per test.
      const createFreshGoogle = () => admin.post('/api/platform-connections', { kind: 'google', name: `Google ${++n}`, google: { ...GOOGLE, refreshToken: `${GOOGLE.refreshToken}-${n}` } }).expect(201);

      beforeAll(() => useGlobalFetchForGoogleAuth());

      it('refreshes the token, reads the customer with developer-token and login-customer-id → connected', async () => {
        const google = (await createFreshGoogle()).body;
        const token = nock(OAUTH).post('/token', (body) => String(new URLSearchParams(body).get('refresh_token')).startsWith(GOOGLE.refreshToken))
          .reply(200, { access_token: 'ya29.e2e-access', expires_in: 3600, token_type: 'Bearer' });
        const query = nock(ADS, { reqheaders: { authorization: 'Bearer ya29.e2e-access', 'developer-token': GOOGLE.developerToken, 'login-customer-id': '9876543210' } })
          .post(STREAM).reply(200, [{ results: [{ customer: { id: '1234567890', descriptiveName: 'Clinic Search', currencyCode: 'USD', timeZone: 'America/Chicago', status: 'ENABLED' } }] }]);
        const res = await admin.post(`/api/platform-connections/${google.id}/verify`).expect(200);
        expect([token.isDone(), query.isDone()]).toEqual([true, true]);
        expect(res.body).toMatchObject({ ok: true, detail: 'Clinic Search (USD, America/Chicago)', connection: { status: 'connected' } });
      });

      it('a revoked refresh token (invalid_grant) → needs_reauth, secrets redacted', async () => {
        const google = (await createFreshGoogle()).body;
        nock(OAUTH).post('/token').reply(400, { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' });
        const res = await admin.post(`/api/platform-connections/${google.id}/verify`).expect(200);
        expect(res.body).toMatchObject({ ok: false, connection: { status: 'needs_reauth' } });
        expect(res.body.detail).toContain('invalid_grant');
        expectNoSecrets([res.body, await storedRow(google.id), await auditRows()], [...PLAINTEXTS, `${GOOGLE.refreshToken}-${n}`]);
      });

      it('401 UNAUTHENTICATED from the API → needs_reauth', async () => {
        const google = (await createFreshGoogle()).body;
        nock(OAUTH).post('/token').reply(200, { access_token: 'ya29.e2e-access-2', expires_in: 3600, token_type: 'Bearer' });
        // searchStream answers with a JSON array, errors included.
        nock(ADS).post(STREAM).reply(401, [{ error: { code: 401, message: 'Request had invalid authentication credentials.', status: 'UNAUTHENTICATED' } }]);
        const res = await admin.post(`/api/platform-connections/${google.id}/verify`).expect(200);
        expect(res.body).toMatchObject({ ok: false, connection: { status: 'needs_reauth' } });
      });
    });

    it('sandbox: always connected', async () => {
      const sandbox = (await admin.post('/api/platform-connections', { kind: 'sandbox', name: 'Sandbox' }).expect(201)).body;
      await t.dataSource.query(`UPDATE platform_connections SET status = 'unverified' WHERE id = $1`, [sandbox.id]);
      const res = await admin.post(`/api/platform-connections/${sandbox.id}/verify`).expect(200);
      expect(res.body).toMatchObject({ ok: true, connection: { status: 'connected', isSandbox: true, label: 'Sandbox' } });
    });

    it('adapter builders can be swapped per kind (how campaigns tests inject a faulty fake) and get decrypted credentials', async () => {
      const google = (await createGoogle().expect(201)).body;
      const seen: unknown[] = [];
      let answer: () => Promise<{ ok: boolean; detail: string }> = async () => {
        throw new PlatformError('auth', `Google Ads UNAUTHENTICATED: invalid_grant for ${GOOGLE.refreshToken}`);
      };
      builders.google = (input) => {
        seen.push(input);
        return { kind: 'google', steps: [], verify: () => answer() } as unknown as AdsPlatform;
      };
      const refused = await admin.post(`/api/platform-connections/${google.id}/verify`).expect(200);
      expect(refused.body).toMatchObject({ ok: false, connection: { status: 'needs_reauth' } });
      expectNoSecrets(refused.body);
      expect(seen[0]).toMatchObject({ connection: { id: google.id, kind: 'google', isSandbox: false }, credentials: { ...GOOGLE, customerId: '1234567890' } });

      answer = async () => ({ ok: true, detail: 'Clinic Search (USD, UTC)' });
      const ok = await admin.post(`/api/platform-connections/${google.id}/verify`).expect(200);
      expect(ok.body).toMatchObject({ ok: true, connection: { status: 'connected', statusDetail: 'Clinic Search (USD, UTC)' } });
    });

    it('an unexpected adapter failure becomes status error with the connection\'s secrets scrubbed', async () => {
      const meta = (await createMeta().expect(201)).body;
      builders.meta = () => ({ kind: 'meta', verify: async () => { throw new Error(`boom ${META.accessToken}`); } }) as unknown as AdsPlatform;
      const res = await admin.post(`/api/platform-connections/${meta.id}/verify`).expect(200);
      expect(res.body).toMatchObject({ ok: false, connection: { status: 'error' } });
      expect(res.body.detail).toContain('[redacted]');
      expectNoSecrets([res.body, await storedRow(meta.id), await auditRows()]);
    });
  });

  describe('for the publisher', () => {
    it('markNeedsReauth is idempotent (one audit entry), markConnected restores the status', async () => {
      const meta = (await createMeta().expect(201)).body;
      const connections = t.app.get(ConnectionsService);
      await connections.markNeedsReauth(meta.id, `token ${META.accessToken} expired (access_token=${META.accessToken})`);
      await connections.markNeedsReauth(meta.id, 'again');
      const row = await storedRow(meta.id);
      expect(row.status).toBe('needs_reauth');
      expect(row.status_detail).toContain('[redacted]');
      expectNoSecrets(row);
      const audit = (await auditRows()).filter((a: { action: string }) => a.action === 'platform_connection.needs_reauth');
      expect(audit).toHaveLength(1);
      expectNoSecrets(audit);

      await connections.markConnected(meta.id);
      const restored = await storedRow(meta.id);
      expect(restored.status).toBe('connected');
      expect(restored.last_verified_at).not.toBeNull();
    });

    it('the factory hands out connection info without secrets and the sandbox label', async () => {
      const sandbox = (await admin.post('/api/platform-connections', { kind: 'sandbox', name: 'Sandbox' }).expect(201)).body;
      let built: unknown;
      builders.sandbox = (input) => ((built = input), { kind: 'sandbox' } as unknown as AdsPlatform);
      const { connection } = await t.app.get(AdsPlatformFactory).forConnection(sandbox.id);
      expect(connection).toEqual({
        id: sandbox.id, kind: 'sandbox', name: 'Sandbox', label: 'Sandbox', isSandbox: true, status: 'connected',
        currency: 'USD', timeZone: 'UTC', account: { currency: 'USD', timeZone: 'UTC' },
      });
      expect(built).toMatchObject({ connection, credentials: { currency: 'USD', timeZone: 'UTC' } });
    });
  });

  describe('boot seed and key rotation', () => {
    it('seeds one sandbox connection on an empty database, and never again (even once deleted)', async () => {
      const seeded = await seedSandboxConnection(t.dataSource, appConfig());
      expect(seeded).toMatchObject({ kind: 'sandbox', name: 'Sandbox', status: 'connected' });
      const list = await admin.get('/api/platform-connections').expect(200);
      expect(list.body.items).toEqual([expect.objectContaining({ name: 'Sandbox', label: 'Sandbox', isSandbox: true })]);
      await admin.delete(`/api/platform-connections/${seeded!.id}`).expect(204);
      await expect(seedSandboxConnection(t.dataSource, appConfig())).resolves.toBeNull();
    });

    it('a new current key still opens connections sealed with the old one, and re-seals them on update', async () => {
      const meta = (await createMeta().expect(201)).body;
      const saved = { ...process.env };
      const rotated = await createTestApp({ APP_ENCRYPTION_KEY: randomBytes(32).toString('base64'), APP_ENCRYPTION_KEY_ID: 'k2', APP_ENCRYPTION_OLD_KEYS: `k1:${appConfig().encryptionKey}` });
      try {
        const opened = await rotated.app.get(ConnectionsService).open(meta.id);
        expect(opened.values.accessToken).toBe(META.accessToken);
        const rotatedAdmin = await loginAs(rotated, 'admin');
        await rotatedAdmin.patch(`/api/platform-connections/${meta.id}`, { name: 'Rotated' }).expect(200);
        expect((await storedRow(meta.id)).key_id).toBe('k2');
        expect((await rotated.app.get(ConnectionsService).open(meta.id)).values.accessToken).toBe(META.accessToken);
      } finally {
        await rotated.close();
        process.env = saved;
        resetAppConfig();
      }
      // The app on the old key alone can no longer open it: the key id names what is missing.
      await expect(t.app.get(ConnectionsService).open(meta.id)).rejects.toThrow(/unknown encryption key id "k2"/);
    });
  });
});
