import { PlatformError } from '../platform-error';
import { classifyVerify } from './connection-verifier';

describe('classifyVerify', () => {
  it('ok → connected with the account name', () => {
    expect(classifyVerify({ ok: true, detail: 'Clinic Ads (USD)' })).toEqual({ ok: true, status: 'connected', detail: 'Clinic Ads (USD)' });
  });

  it('a thrown auth error (Google UNAUTHENTICATED) → needs_reauth', () => {
    expect(classifyVerify(undefined, new PlatformError('auth', 'UNAUTHENTICATED: invalid_grant'))).toMatchObject({ ok: false, status: 'needs_reauth' });
  });

  it('Meta\'s not-ok result for a refused token (code 190) → needs_reauth', () => {
    const detail = 'Meta access token or permission problem: (#190/463) Error validating access token';
    expect(classifyVerify({ ok: false, detail })).toEqual({ ok: false, status: 'needs_reauth', detail });
  });

  it.each([
    'Google OAuth refresh failed (invalid_grant): reconnect the Google Ads account.',
    'Google Ads access problem: User doesn\'t have permission to access customer. [authorization_error.USER_PERMISSION_DENIED]',
    'Google Ads error: Request had invalid authentication credentials.',
  ])('Google\'s not-ok result for refused credentials → needs_reauth: %s', (detail) => {
    expect(classifyVerify({ ok: false, detail })).toMatchObject({ status: 'needs_reauth' });
  });

  it('a result that names its error kind wins over the text', () => {
    expect(classifyVerify({ ok: false, detail: 'nothing telling', errorKind: 'auth' } as never)).toMatchObject({ status: 'needs_reauth' });
    expect(classifyVerify({ ok: false, detail: 'UNAUTHENTICATED in a campaign name', errorKind: 'validation' } as never)).toMatchObject({ status: 'error' });
  });

  it('a disabled account or refused request → error', () => {
    expect(classifyVerify({ ok: false, detail: 'Clinic Ads (USD): account status DISABLED' })).toMatchObject({ ok: false, status: 'error' });
    expect(classifyVerify(undefined, new PlatformError('validation', 'bad customer id'))).toMatchObject({ status: 'error', detail: 'bad customer id' });
  });

  it('rate limits and outages leave the status alone (status null)', () => {
    expect(classifyVerify(undefined, new PlatformError('rate_limited', 'slow down', 60_000))).toMatchObject({ ok: false, status: null });
    expect(classifyVerify(undefined, new PlatformError('transient', '503'))).toMatchObject({ ok: false, status: null, detail: expect.stringContaining('try again later') });
  });

  it('anything else thrown → error with its message', () => {
    expect(classifyVerify(undefined, new TypeError('x is undefined'))).toEqual({ ok: false, status: 'error', detail: 'Verification failed: x is undefined' });
  });
});
