import { PlatformError } from './platform-error';
import { isNetworkError, kindForHttpStatus, platformError, readHeader, redactSecrets } from './platform-error-mapping';
import { taggedName, withUtm } from './publication-naming';

describe('redactSecrets', () => {
  it('removes known secret values, URL-encoded ones, token query parameters and bearer tokens', () => {
    const token = 'EAAB+secret/token=value123';
    const text = `GET https://graph.facebook.com/v25.0/act_1?access_token=${encodeURIComponent(token)}&appsecret_proof=abcdef0123 failed for ${token}; Authorization: Bearer ya29.xyz-123`;
    const out = redactSecrets(text, [token]);
    expect(out).not.toContain('secret/token');
    expect(out).not.toContain(encodeURIComponent(token));
    expect(out).not.toContain('abcdef0123');
    expect(out).not.toContain('ya29.xyz-123');
    expect(out).toContain('access_token=[redacted]');
    expect(out).toContain('Bearer [redacted]');
  });

  it('redacts JSON-style fields and leaves short values alone (they would hit ordinary words)', () => {
    expect(redactSecrets('{"refresh_token":"1//0abc","client_secret": "shh-123"}')).toBe('{"refresh_token":"[redacted]","client_secret": "[redacted]"}');
    expect(redactSecrets('the ad', ['ad'])).toBe('the ad');
  });
});

describe('platformError', () => {
  it('builds a redacted PlatformError and drops non-positive waits', () => {
    const err = platformError('rate_limited', 'limit for token-abcdefgh', ['token-abcdefgh'], { retryAfterMs: 0, platformCode: 17 });
    expect(err).toBeInstanceOf(PlatformError);
    expect(err).toMatchObject({ kind: 'rate_limited', message: 'limit for [redacted]', retryAfterMs: undefined, platformCode: 17, retryable: true });
  });
});

describe('generic helpers', () => {
  it('classifies HTTP statuses', () => {
    expect([401, 403, 404, 408, 429, 500, 503].map(kindForHttpStatus)).toEqual(['auth', 'validation', 'validation', 'transient', 'rate_limited', 'transient', 'transient']);
  });

  it('recognises network error codes, also on a cause', () => {
    expect(isNetworkError(Object.assign(new Error('x'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isNetworkError(new Error('x', { cause: Object.assign(new Error('y'), { code: 'UND_ERR_SOCKET' }) }))).toBe(true);
    expect(isNetworkError(Object.assign(new Error('x'), { code: 'ERR_BAD_REQUEST' }))).toBe(false);
  });

  it('reads headers case-insensitively from plain objects and Headers', () => {
    expect(readHeader({ 'X-App-Usage': '{}' }, 'x-app-usage')).toBe('{}');
    expect(readHeader(new Headers({ 'x-app-usage': '1' }), 'X-App-Usage')).toBe('1');
    expect(readHeader(null, 'x')).toBeUndefined();
  });
});

describe('publication naming', () => {
  it('tags names once and keeps them within the platform limit', () => {
    expect(taggedName('Nurse – Austin', 'af-1', 'ad set')).toBe('Nurse – Austin – ad set [af-1]');
    expect(taggedName('Nurse [af-1]', 'af-1')).toBe('Nurse [af-1]');
    const long = taggedName('x'.repeat(300), 'af-1', 'budget', 255);
    expect(long).toHaveLength(255);
    expect(long.endsWith(' – budget [af-1]')).toBe(true);
  });

  it('adds UTM parameters without overriding the recruiter’s own', () => {
    expect(withUtm('https://a.example/job?utm_source=board&x=1', { utm_source: 'google', utm_medium: 'cpc' })).toBe('https://a.example/job?utm_source=board&x=1&utm_medium=cpc');
  });
});
