/**
 * Fault injection around any AdsPlatform, for tests and the fault-run benchmark
 * (e.g. 200 publications, 20 % failures: all must end active with zero duplicates).
 *
 * Deterministic regardless of interleaving: whether a call fails depends only on the seed, the
 * call's key (method + step + publication or campaign) and how many times that key was called,
 * not on the global call order, so concurrent runs inject the same faults.
 */
import type { AdsPlatform, DailyInsight, DeliveryStatus, ExternalIds, LiveChange, PublishSpec, VerifyResult } from '../ads-platform.port';
import { PlatformError } from '../platform-error';
import { seededRandom } from './seeded-random';

export type InjectedFault = 'rate_limited' | 'transient' | 'timeout';

export interface FaultOptions {
  /** Probability that a call fails, 0–1. */
  failureRate: number;
  seed: string | number;
  /** Which faults to draw from (uniformly). Default: all three. */
  kinds?: InjectedFault[];
  /**
   * A "timeout" on a mutating call (runStep, setStatus) first lets the inner call go through and
   * then fails: the platform committed but the caller never heard, the case that creates
   * duplicates unless steps are idempotent. Default true.
   */
  commitBeforeTimeout?: boolean;
  /** The retryAfterMs of injected rate limits. Default 1000. */
  retryAfterMs?: number;
  /** After this many consecutive failures of one key the next call succeeds (so retries end). Default 2. */
  maxConsecutiveFailures?: number;
}

export class FaultyPlatform implements AdsPlatform {
  readonly kind: AdsPlatform['kind'];
  readonly steps: readonly string[];
  /** Injected faults by kind, for assertions and benchmark reports. */
  readonly injected: Record<InjectedFault, number> = { rate_limited: 0, transient: 0, timeout: 0 };
  private readonly calls = new Map<string, { count: number; consecutive: number }>();

  constructor(private readonly inner: AdsPlatform, private readonly options: FaultOptions) {
    if (!(options.failureRate >= 0 && options.failureRate <= 1)) throw new RangeError('failureRate must be within 0–1');
    this.kind = inner.kind;
    this.steps = inner.steps;
  }

  verify(): Promise<VerifyResult> {
    return this.around('verify', false, () => this.inner.verify());
  }

  runStep(step: string, spec: PublishSpec, ids: ExternalIds): Promise<string> {
    return this.around(`runStep:${step}:${spec.idempotencyKey}`, true, () => this.inner.runStep(step, spec, ids));
  }

  setStatus(ids: ExternalIds, status: DeliveryStatus): Promise<void> {
    return this.around(`setStatus:${status}:${ids.campaign ?? JSON.stringify(ids)}`, true, () => this.inner.setStatus(ids, status));
  }

  update(ids: ExternalIds, spec: PublishSpec, changes: readonly LiveChange[]): Promise<ExternalIds> {
    return this.around(`update:${changes.join('+')}:${spec.idempotencyKey}`, true, () => this.inner.update(ids, spec, changes));
  }

  fetchInsights(ids: ExternalIds, from: string, to: string): Promise<DailyInsight[]> {
    return this.around(`fetchInsights:${ids.campaign ?? JSON.stringify(ids)}:${from}:${to}`, false, () => this.inner.fetchInsights(ids, from, to));
  }

  private async around<T>(key: string, mutating: boolean, call: () => Promise<T>): Promise<T> {
    const fault = this.draw(key);
    if (!fault) return call();
    this.injected[fault] += 1;
    if (fault === 'rate_limited') throw new PlatformError('rate_limited', `injected rate limit (${key})`, this.options.retryAfterMs ?? 1000, 'injected');
    if (fault === 'transient') throw new PlatformError('transient', `injected 503 (${key})`, undefined, 'injected');
    if (mutating && (this.options.commitBeforeTimeout ?? true)) await call();
    throw new PlatformError('transient', `injected timeout, the platform may have committed (${key})`, undefined, 'injected');
  }

  private draw(key: string): InjectedFault | undefined {
    const state = this.calls.get(key) ?? { count: 0, consecutive: 0 };
    state.count += 1;
    this.calls.set(key, state);
    const rand = seededRandom(`${this.options.seed}|${key}|${state.count}`);
    const fails = rand() < this.options.failureRate && state.consecutive < (this.options.maxConsecutiveFailures ?? 2);
    state.consecutive = fails ? state.consecutive + 1 : 0;
    if (!fails) return undefined;
    const kinds = this.options.kinds?.length ? this.options.kinds : (['rate_limited', 'transient', 'timeout'] as InjectedFault[]);
    return kinds[Math.floor(rand() * kinds.length)];
  }
}
