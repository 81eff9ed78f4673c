import { PlatformError } from '../../ads-platforms';
import { retryDelayMs } from './retry-policy';

const settings = { baseMs: 1000, maxMs: 60_000 };

describe('retryDelayMs', () => {
  it('honours the platform wait on rate limits, never earlier, at most 10 % later', () => {
    const err = new PlatformError('rate_limited', 'slow down', 90_000);
    expect(retryDelayMs(1, err, settings, () => 0)).toBe(90_000);
    expect(retryDelayMs(1, err, settings, () => 0.999)).toBeLessThanOrEqual(99_000);
    expect(retryDelayMs(1, err, settings, () => 0.999)).toBeGreaterThan(98_000);
  });

  it('a rate limit without a hint backs off like a transient error', () => {
    expect(retryDelayMs(3, new PlatformError('rate_limited', 'slow down'), settings, () => 0)).toBe(2000);
  });

  it('grows exponentially with jitter between half and the full step', () => {
    const err = new PlatformError('transient', '502');
    expect(retryDelayMs(1, err, settings, () => 0)).toBe(500);
    expect(retryDelayMs(1, err, settings, () => 1)).toBe(1000);
    expect(retryDelayMs(2, err, settings, () => 0)).toBe(1000);
    expect(retryDelayMs(4, err, settings, () => 1)).toBe(8000);
  });

  it('is capped', () => {
    expect(retryDelayMs(30, new PlatformError('transient', 'x'), settings, () => 1)).toBe(60_000);
  });

  it('treats unknown errors (a crashed worker step) as transient', () => {
    expect(retryDelayMs(1, new Error('ECONNRESET'), settings, () => 0)).toBe(500);
  });

  it('refuses to retry auth and validation errors', () => {
    expect(retryDelayMs(1, new PlatformError('auth', 'token expired'), settings)).toBe(-1);
    expect(retryDelayMs(1, new PlatformError('validation', 'bad budget'), settings)).toBe(-1);
  });

  it('spreads simultaneous retries (jitter)', () => {
    const delays = new Set(Array.from({ length: 20 }, () => retryDelayMs(3, new PlatformError('transient', 'x'), settings)));
    expect(delays.size).toBeGreaterThan(10);
  });
});
