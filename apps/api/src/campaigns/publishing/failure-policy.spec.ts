import { ProblemException } from '../../common/problem';
import { PlatformError } from '../../ads-platforms';
import { decideOnFailure } from './failure-policy';

describe('decideOnFailure', () => {
  it('retries rate limits and transient errors until the last attempt', () => {
    for (const kind of ['rate_limited', 'transient'] as const) {
      const err = new PlatformError(kind, 'later');
      expect(decideOnFailure(err, false)).toMatchObject({ kind, retry: true, needsReauth: false, error: err });
      expect(decideOnFailure(err, true)).toMatchObject({ kind, retry: false });
    }
  });

  it('an expired token stops at once and flags the connection', () => {
    expect(decideOnFailure(new PlatformError('auth', 'Error validating access token'), false)).toMatchObject({ kind: 'auth', retry: false, needsReauth: true });
  });

  it('a validation error fails with the platform message, no retry', () => {
    const d = decideOnFailure(new PlatformError('validation', 'Budget is too low'), false);
    expect(d).toMatchObject({ kind: 'validation', retry: false, message: 'Budget is too low', needsReauth: false });
  });

  it('a connection deleted meanwhile is a validation failure (rethrown as a non-retryable PlatformError)', () => {
    const d = decideOnFailure(new ProblemException(404, 'Platform connection x does not exist.'), false);
    expect(d.kind).toBe('validation');
    expect(d.message).toBe('Platform connection x does not exist.');
    expect(d.retry).toBe(false);
    expect(d.error).toBeInstanceOf(PlatformError);
    expect((d.error as PlatformError).retryable).toBe(false);
  });

  it('unknown errors (a crashed step) are internal and retried', () => {
    const crash = new Error('worker killed');
    expect(decideOnFailure(crash, false)).toMatchObject({ kind: 'internal', retry: true, message: 'worker killed', error: crash });
    expect(decideOnFailure('boom', true)).toMatchObject({ kind: 'internal', retry: false, message: 'boom' });
  });
});
