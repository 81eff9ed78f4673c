/** Verify, insights and REST/OAuth failures, through the library's real HTTP path, with nock. */
import nock from 'nock';
import { PlatformError } from '../platform-error';
import { useGlobalFetchForGoogleAuth } from './google-auth.test-support';
import { GOOGLE_CREDENTIALS, googleHarness } from './google-ads.test-support';

const OAUTH = 'https://oauth2.googleapis.com';
const ADS = 'https://googleads.googleapis.com';
const STREAM = '/v25/customers/1234567890/googleAds:searchStream';
const CAMPAIGN = 'customers/1234567890/campaigns/555';
let n = 0;
/** A fresh refresh token per test: the library caches access tokens per refresh token for 50 min. */
const fresh = () => googleHarness({ refreshToken: `refresh-rest-spec-${++n}-abcdef` });

function tokenOk() {
  return nock(OAUTH).post('/token').reply(200, { access_token: 'ya29.rest-access-token', expires_in: 3600, token_type: 'Bearer' });
}

beforeAll(() => {
  useGlobalFetchForGoogleAuth();
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});
afterAll(() => nock.enableNetConnect());

describe('OAuth and verify', () => {
  it('refreshes the token at oauth2.googleapis.com, then queries the customer with developer-token and login-customer-id', async () => {
    const h = fresh();
    let tokenBody = '';
    nock(OAUTH).post('/token', (body) => ((tokenBody = typeof body === 'string' ? body : new URLSearchParams(body as Record<string, string>).toString()), true))
      .reply(200, { access_token: 'ya29.rest-access-token', expires_in: 3600, token_type: 'Bearer' });
    nock(ADS, { reqheaders: { authorization: 'Bearer ya29.rest-access-token', 'developer-token': GOOGLE_CREDENTIALS.developerToken, 'login-customer-id': '9990001111' } })
      .post(STREAM, { query: 'SELECT customer.id, customer.descriptive_name, customer.currency_code, customer.time_zone, customer.status FROM customer LIMIT 1' })
      .reply(200, [{ results: [{ customer: { resourceName: 'customers/1234567890', id: '1234567890', descriptiveName: 'Clinic Search', currencyCode: 'USD', timeZone: 'America/Chicago', status: 'ENABLED' } }] }]);

    await expect(h.adapter.verify()).resolves.toEqual({ ok: true, detail: 'Clinic Search (USD, America/Chicago)' });
    const form = new URLSearchParams(tokenBody);
    expect(form.get('grant_type')).toBe('refresh_token');
    expect(form.get('refresh_token')).toBe(`refresh-rest-spec-${n}-abcdef`);
    expect(form.get('client_id')).toBe(GOOGLE_CREDENTIALS.clientId);
  });

  it('a suspended customer is not ok', async () => {
    const h = fresh();
    tokenOk();
    nock(ADS).post(STREAM).reply(200, [{ results: [{ customer: { id: '1', descriptiveName: 'Old', currencyCode: 'EUR', timeZone: 'Europe/Berlin', status: 'SUSPENDED' } }] }]);
    const result = await h.adapter.verify();
    expect(result.ok).toBe(false);
    expect(result.detail).toMatch(/^Old \(EUR, Europe\/Berlin\): customer status/);
  });

  it('invalid_grant (revoked refresh token) → verify ok:false, and auth from any other call, secrets redacted', async () => {
    const h = fresh();
    nock(OAUTH).post('/token').times(2).reply(400, { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' });
    const verified = await h.adapter.verify();
    expect(verified.ok).toBe(false);
    expect(verified.detail).toContain('invalid_grant');
    const err = await h.adapter.fetchInsights({ campaign: CAMPAIGN }, '2026-12-01', '2026-12-02').catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'auth', platformCode: 'invalid_grant', retryable: false });
    const dump = JSON.stringify(err) + (err as Error).message;
    for (const secret of [`refresh-rest-spec-${n}-abcdef`, GOOGLE_CREDENTIALS.clientSecret, GOOGLE_CREDENTIALS.developerToken]) expect(dump).not.toContain(secret);
  });
});

describe('fetchInsights', () => {
  it('sends the daily GAQL for the campaign, maps cost_micros to minor units and keeps Google\'s CPM; no reach, frequency or unique clicks (null, not 0)', async () => {
    const h = fresh();
    tokenOk();
    nock(ADS).post(STREAM, {
      query: 'SELECT segments.date, customer.currency_code, metrics.impressions, metrics.clicks, metrics.cost_micros, metrics.average_cpm, metrics.conversions '
        + `FROM campaign WHERE campaign.resource_name = '${CAMPAIGN}' AND segments.date BETWEEN '2026-12-01' AND '2026-12-02'`,
    }).reply(200, [{ results: [
      { segments: { date: '2026-12-02' }, customer: { currencyCode: 'USD' }, metrics: { impressions: '300', clicks: '12', costMicros: '4567890', averageCpm: 15226300, conversions: 1.6 } },
      { segments: { date: '2026-12-01' }, customer: { currencyCode: 'USD' }, metrics: { impressions: '100', clicks: '5', costMicros: '1230000', averageCpm: 12300000, conversions: 0 } },
    ] }]);
    const none = { reach: null, uniqueClicks: null, frequency: null };
    await expect(h.adapter.fetchInsights({ campaign: CAMPAIGN }, '2026-12-01', '2026-12-02')).resolves.toEqual([
      { date: '2026-12-01', impressions: 100, clicks: 5, spendMinor: 123, currency: 'USD', conversions: 0, cpmMicros: 12_300_000, ...none },
      { date: '2026-12-02', impressions: 300, clicks: 12, spendMinor: 457, currency: 'USD', conversions: 2, cpmMicros: 15_226_300, ...none },
    ]);
  });

  it('JPY cost stays in yen (cost_micros / 10^6)', async () => {
    const h = fresh();
    tokenOk();
    nock(ADS).post(STREAM).reply(200, [{ results: [{ segments: { date: '2026-12-01' }, customer: { currencyCode: 'JPY' }, metrics: { impressions: '1', clicks: '0', costMicros: '1500000000' } }] }]);
    const [day] = await h.adapter.fetchInsights({ campaign: CAMPAIGN }, '2026-12-01', '2026-12-01');
    expect(day).toMatchObject({ spendMinor: 1500, currency: 'JPY', conversions: 0 });
  });

  it('a day without impressions has no CPM (null, not 0)', async () => {
    const h = fresh();
    tokenOk();
    nock(ADS).post(STREAM).reply(200, [{ results: [{ segments: { date: '2026-12-01' }, customer: { currencyCode: 'USD' }, metrics: { impressions: '0', clicks: '0', costMicros: '0', averageCpm: 0 } }] }]);
    const [day] = await h.adapter.fetchInsights({ campaign: CAMPAIGN }, '2026-12-01', '2026-12-01');
    expect(day).toMatchObject({ impressions: 0, cpmMicros: null, reach: null });
  });
});

describe('REST failures', () => {
  async function failure(status: number, body: object): Promise<PlatformError> {
    const h = fresh();
    tokenOk();
    nock(ADS).post(STREAM).reply(status, [body]);
    const err = await h.adapter.fetchInsights({ campaign: CAMPAIGN }, '2026-12-01', '2026-12-01').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlatformError);
    return err as PlatformError;
  }

  it('429 RESOURCE_EXHAUSTED with a QuotaError failure → rate_limited', async () => {
    const err = await failure(429, { error: { code: 429, message: 'Resource has been exhausted', status: 'RESOURCE_EXHAUSTED', details: [{
      '@type': 'type.googleapis.com/google.ads.googleads.v25.errors.GoogleAdsFailure',
      errors: [{ errorCode: { quotaError: 'RESOURCE_TEMPORARILY_EXHAUSTED' }, message: 'Too many requests. Retry in 30 seconds.', details: { quotaErrorDetails: { rateScope: 'ACCOUNT', retryDelay: '30s' } } }],
    }] } });
    expect(err).toMatchObject({ kind: 'rate_limited', platformCode: 'quota_error.RESOURCE_TEMPORARILY_EXHAUSTED' });
    // The library drops the JSON-form retry_delay ("30s") when decoding: no hint, caller backs off.
    expect(err.retryAfterMs).toBeUndefined();
  });

  it('400 with a GoogleAdsFailure → validation carrying Google’s message and field path', async () => {
    const err = await failure(400, { error: { code: 400, message: 'Request contains an invalid argument.', status: 'INVALID_ARGUMENT', details: [{
      '@type': 'type.googleapis.com/google.ads.googleads.v25.errors.GoogleAdsFailure',
      errors: [{ errorCode: { queryError: 'UNRECOGNIZED_FIELD' }, message: "Unrecognized field in the query: 'metrics.reach'.", location: { fieldPathElements: [{ fieldName: 'query' }] } }],
    }] } });
    expect(err).toMatchObject({ kind: 'validation', platformCode: 'query_error.UNRECOGNIZED_FIELD' });
    expect(err.message).toContain("Unrecognized field in the query: 'metrics.reach'. (query)");
  });

  it.each([
    [503, 'UNAVAILABLE', 'The service is currently unavailable.'],
    [500, 'INTERNAL', 'Internal error encountered.'],
    [504, 'DEADLINE_EXCEEDED', 'Deadline exceeded.'],
  ])('%d %s without failure details → transient', async (code, status, message) => {
    const err = await failure(code, { error: { code, message, status } });
    expect(err).toMatchObject({ kind: 'transient', platformCode: status, retryable: true });
  });

  it('401 UNAUTHENTICATED → auth', async () => {
    const err = await failure(401, { error: { code: 401, message: 'Request had invalid authentication credentials.', status: 'UNAUTHENTICATED' } });
    expect(err.kind).toBe('auth');
  });
});
