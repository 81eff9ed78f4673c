import { createHmac } from 'node:crypto';
import nock from 'nock';
import { PlatformError } from '../platform-error';
import { publishSpec } from '../test-fixtures';
import { MetaAdsAdapter } from './meta-ads.adapter';
import { APP_USAGE_EXHAUSTED_WAIT_MS, DEFAULT_RATE_LIMIT_WAIT_MS, mapMetaError, metaRetryAfterMs } from './meta.errors';

const GRAPH = 'https://graph.facebook.com';
const TOKEN = 'EAAB-secret-token-abcdef0123456789';
const SECRET = 'app-secret-abcdef0123';
const PROOF = createHmac('sha256', SECRET).update(TOKEN).digest('hex');
const adapter = new MetaAdsAdapter({ accessToken: TOKEN, appSecret: SECRET, adAccountId: 'act_123', pageId: 'page-9', timeoutMs: 250 });

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

/** Runs the creative step (a single POST) against a scripted Graph reply and returns the error. */
async function creativeFailure(reply: (scope: nock.Interceptor) => nock.Scope): Promise<PlatformError> {
  reply(nock(GRAPH).post('/v25.0/act_123/adcreatives').query({ access_token: TOKEN }));
  const err = await adapter.runStep('creative', publishSpec(), {}).then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(PlatformError);
  const platformErr = err as PlatformError;
  // Whatever the failure, neither the token nor the appsecret_proof may reach stored error text.
  const dump = `${platformErr.message} ${JSON.stringify(platformErr)} ${String(platformErr.stack)}`;
  expect(dump).not.toContain(TOKEN);
  expect(dump).not.toContain(PROOF);
  return platformErr;
}

const graphError = (error: object) => ({ error: { type: 'OAuthException', fbtrace_id: 'Ax1', ...error } });

describe('Meta error mapping (HTTP level)', () => {
  it('code 17 / 2446079 → rate_limited, waiting estimated_time_to_regain_access minutes', async () => {
    const err = await creativeFailure((s) => s.reply(400, graphError({ message: 'User request limit reached', code: 17, error_subcode: 2446079, is_transient: true }), {
      'x-business-use-case-usage': JSON.stringify({ '999': [{ type: 'ads_management', call_count: 100, total_cputime: 20, total_time: 30, estimated_time_to_regain_access: 5 }] }),
    }));
    expect(err).toMatchObject({ kind: 'rate_limited', retryAfterMs: 5 * 60_000, platformCode: '17/2446079', retryable: true });
  });

  it('code 80004 (ads_management BUC throttle) → rate_limited with the header’s wait', async () => {
    const err = await creativeFailure((s) => s.reply(400, graphError({ message: 'There have been too many calls to this ad-account', code: 80004, error_subcode: 2446079 }), {
      'x-business-use-case-usage': JSON.stringify({ '999': [{ type: 'ads_management', estimated_time_to_regain_access: 2 }, { type: 'ads_insights', estimated_time_to_regain_access: 0 }] }),
    }));
    expect(err).toMatchObject({ kind: 'rate_limited', retryAfterMs: 2 * 60_000 });
  });

  it('code 4 with x-app-usage at 100% → rate_limited for the app-usage wait', async () => {
    const err = await creativeFailure((s) => s.reply(400, graphError({ message: 'Application request limit reached', code: 4 }), {
      'x-app-usage': JSON.stringify({ call_count: 100, total_cputime: 12, total_time: 40 }),
    }));
    expect(err).toMatchObject({ kind: 'rate_limited', retryAfterMs: APP_USAGE_EXHAUSTED_WAIT_MS, platformCode: 4 });
  });

  it.each([613, 32])('code %d without usage headers → rate_limited with the default wait', async (code) => {
    const err = await creativeFailure((s) => s.reply(400, graphError({ message: 'Calls to this api have exceeded the rate limit.', code })));
    expect(err).toMatchObject({ kind: 'rate_limited', retryAfterMs: DEFAULT_RATE_LIMIT_WAIT_MS });
  });

  it('code 190 / 463 (expired token) → auth, token redacted even when Graph echoes it', async () => {
    const err = await creativeFailure((s) => s.reply(400, graphError({ message: `Error validating access token: Session has expired (${TOKEN})`, code: 190, error_subcode: 463 })));
    expect(err).toMatchObject({ kind: 'auth', platformCode: '190/463', retryable: false });
    expect(err.message).toContain('[redacted]');
  });

  it('code 100 with error_user_msg → validation showing Meta’s user message', async () => {
    const err = await creativeFailure((s) => s.reply(400, graphError({
      message: 'Invalid parameter', code: 100, error_subcode: 1885183, error_user_title: 'Ads creative post was created by an app that is in development mode', error_user_msg: 'Make the app public.',
    })));
    expect(err.kind).toBe('validation');
    expect(err.message).toContain('Make the app public.');
    expect(err.platformCode).toBe('100/1885183');
  });

  it('other 4xx (2635 deprecated version) → validation with Graph’s message', async () => {
    const err = await creativeFailure((s) => s.reply(400, graphError({ message: 'You are calling a deprecated version of the Ads API.', code: 2635 })));
    expect(err).toMatchObject({ kind: 'validation', message: expect.stringContaining('deprecated version') });
  });

  it('HTTP 500 with a transient Graph error → transient', async () => {
    const err = await creativeFailure((s) => s.reply(500, graphError({ message: 'An unexpected error has occurred.', code: 2, is_transient: true })));
    expect(err).toMatchObject({ kind: 'transient', retryable: true });
  });

  it('HTTP 502 with an HTML body (the SDK throws a SyntaxError) → transient', async () => {
    const err = await creativeFailure((s) => s.reply(502, '<html>Bad Gateway</html>', { 'content-type': 'text/html' }));
    expect(err.kind).toBe('transient');
  });

  it('no answer within timeoutMs → transient (axios timeout set for Graph URLs only)', async () => {
    const err = await creativeFailure((s) => s.delay(1_000).reply(200, { id: 'late' }));
    expect(err).toMatchObject({ kind: 'transient', message: expect.stringContaining('no response') });
  });
});

describe('mapMetaError outside HTTP replies', () => {
  // nock's replyWithError races with axios' socket listeners (flaky), so raw errors are fed directly.
  it('a raw network error (ECONNRESET) → transient, URL token redacted', () => {
    const err = mapMetaError(Object.assign(new Error(`socket hang up ${GRAPH}/v25.0/act_1?access_token=${TOKEN}`), { code: 'ECONNRESET' }), [TOKEN]);
    expect(err).toMatchObject({ kind: 'transient', message: expect.stringContaining('network error') });
    expect(err.message).not.toContain(TOKEN);
  });

  it('the SDK’s "no response" error (status null) → transient', () => {
    const sdkError = { name: 'FacebookRequestError', message: 'The request was made but no response was received', status: null, response: null, headers: null };
    expect(mapMetaError(sdkError, [TOKEN]).kind).toBe('transient');
  });

  it('passes PlatformErrors through unchanged', () => {
    const original = new PlatformError('auth', 'x');
    expect(mapMetaError(original, [])).toBe(original);
  });
});

describe('metaRetryAfterMs', () => {
  it('takes the longest wait of all usage headers, case-insensitively', () => {
    expect(metaRetryAfterMs({
      'X-Business-Use-Case-Usage': JSON.stringify({ 1: [{ estimated_time_to_regain_access: 1 }] }),
      'x-ad-account-usage': JSON.stringify({ acc_id_util_pct: 100, reset_time_duration: 240 }),
    })).toBe(240_000);
  });

  it('ignores missing and malformed headers', () => {
    expect(metaRetryAfterMs(undefined)).toBeUndefined();
    expect(metaRetryAfterMs({ 'x-app-usage': 'not json', 'x-business-use-case-usage': '{}' })).toBeUndefined();
    expect(metaRetryAfterMs({ 'x-app-usage': JSON.stringify({ call_count: 99 }) })).toBeUndefined();
  });
});
