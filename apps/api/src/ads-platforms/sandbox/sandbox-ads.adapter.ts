/**
 * The sandbox platform: a simulated ad account so a new user can run the whole flow without
 * a real one. Steps: campaign (created paused) → adset → ad; setStatus records a status history
 * and insights are simulated (sandbox-delivery.ts) only for the days, and the part of each day,
 * the campaign was active within its schedule. Days are UTC (the sandbox account's time zone).
 */
import type { AdsPlatform, DailyInsight, DeliveryStatus, ExternalIds, LiveChange, PublishSpec, VerifyResult } from '../ads-platform.port';
import { checkEmploymentRules } from '../compliance/compliance-engine';
import { SANDBOX_COMPLIANCE } from './sandbox.compliance';
import { PlatformError } from '../platform-error';
import { deliverySeed, simulateDailyDelivery } from './sandbox-delivery';
import type { SandboxObject, SandboxStore } from './sandbox-store';

export const SANDBOX_STEPS = ['campaign', 'adset', 'ad'] as const;
const DAY_MS = 86_400_000;

export interface SandboxAdsOptions {
  now?: () => Date;
}

export class SandboxAdsAdapter implements AdsPlatform {
  readonly kind = 'sandbox' as const;
  readonly steps = SANDBOX_STEPS;
  private readonly now: () => Date;

  constructor(private readonly store: SandboxStore, options: SandboxAdsOptions = {}) {
    this.now = options.now ?? (() => new Date());
  }

  async verify(): Promise<VerifyResult> {
    return { ok: true, detail: 'Sandbox account (simulated delivery, no real ads or spend)' };
  }

  async runStep(step: string, spec: PublishSpec, ids: ExternalIds): Promise<string> {
    const violations = checkEmploymentRules(SANDBOX_COMPLIANCE, spec);
    if (violations.length) throw new PlatformError('validation', violations.map((v) => `${v.field}: ${v.message}`).join(' '));
    const key = spec.idempotencyKey;
    const at = this.now();
    switch (step) {
      case 'campaign':
        return this.store.createObject(key, 'campaign', {
          name: spec.name, objective: spec.objective, startsAt: spec.startsAt.toISOString(), endsAt: spec.endsAt?.toISOString() ?? null,
        }, 'paused', at);
      case 'adset':
        this.need(ids, 'campaign', step);
        return this.store.createObject(key, 'adset', {
          dailyBudgetMinor: spec.dailyBudgetMinor, currency: spec.currency, audienceSize: spec.audienceSize, targeting: spec.targeting,
        }, 'active', at);
      case 'ad':
        this.need(ids, 'adset', step);
        return this.store.createObject(key, 'ad', { creative: spec.creative, landingUrl: spec.landingUrl }, 'active', at);
      default:
        throw new PlatformError('validation', `unknown sandbox publishing step "${step}"`);
    }
  }

  async setStatus(ids: ExternalIds, status: DeliveryStatus): Promise<void> {
    const campaign = await this.campaign(ids, 'setStatus');
    if (campaign.status === 'archived' && status !== 'archived') throw new PlatformError('validation', 'an archived sandbox campaign cannot be reactivated');
    await this.store.setStatus(campaign.id, status, this.now());
  }

  /** Edits the stored objects like a platform would: budget on the ad set, end on the campaign, text on the ad. */
  async update(ids: ExternalIds, spec: PublishSpec, changes: readonly LiveChange[]): Promise<ExternalIds> {
    const violations = checkEmploymentRules(SANDBOX_COMPLIANCE, spec);
    if (violations.length) throw new PlatformError('validation', violations.map((v) => `${v.field}: ${v.message}`).join(' '));
    const campaign = await this.campaign(ids, 'update');
    if (campaign.status === 'archived') throw new PlatformError('validation', 'an archived sandbox campaign cannot be edited');
    if (changes.includes('schedule')) await this.store.updatePayload(campaign.id, { endsAt: spec.endsAt?.toISOString() ?? null });
    if (changes.includes('budget')) await this.store.updatePayload(this.need(ids, 'adset', 'update'), { dailyBudgetMinor: spec.dailyBudgetMinor });
    if (changes.includes('creative')) await this.store.updatePayload(this.need(ids, 'ad', 'update'), { creative: spec.creative });
    return {};
  }

  async fetchInsights(ids: ExternalIds, from: string, to: string): Promise<DailyInsight[]> {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to) || from > to) {
      throw new PlatformError('validation', `invalid insights range ${from}..${to}`);
    }
    const campaign = await this.campaign(ids, 'fetchInsights');
    const adSet = (await this.store.getObjects({ publicationKey: campaign.publicationKey })).find((o) => o.type === 'adset');
    if (!adSet) return [];
    const { dailyBudgetMinor, currency, audienceSize } = adSet.payload as { dailyBudgetMinor: number; currency: string; audienceSize: number };
    const schedule = {
      start: Date.parse(String(campaign.payload.startsAt)),
      end: campaign.payload.endsAt ? Date.parse(String(campaign.payload.endsAt)) : Infinity,
    };
    const out: DailyInsight[] = [];
    for (let day = Date.parse(`${from}T00:00:00Z`); day <= Date.parse(`${to}T00:00:00Z`); day += DAY_MS) {
      const window = { start: Math.max(day, schedule.start), end: Math.min(day + DAY_MS, schedule.end, this.now().getTime()) };
      const activeShare = activeMs(campaign, window.start, window.end) / DAY_MS;
      if (activeShare <= 0) continue;
      const date = new Date(day).toISOString().slice(0, 10);
      const delivery = simulateDailyDelivery({ dailyBudgetMinor, currency, audienceSize, activeShare, seed: deliverySeed(campaign.publicationKey, date) });
      out.push({ date, currency, ...delivery });
    }
    return out;
  }

  private async campaign(ids: ExternalIds, what: string): Promise<SandboxObject> {
    const id = this.need(ids, 'campaign', what);
    const [campaign] = await this.store.getObjects({ id });
    if (!campaign || campaign.type !== 'campaign') throw new PlatformError('validation', `sandbox campaign ${id} does not exist`);
    return campaign;
  }

  private need(ids: ExternalIds, key: string, step: string): string {
    const id = ids[key];
    if (!id) throw new PlatformError('validation', `sandbox ${step} needs the ${key} id, which is not recorded yet`);
    return id;
  }
}

/** Milliseconds within [start, end) during which the object's status history says "active". */
function activeMs(object: SandboxObject, start: number, end: number): number {
  if (end <= start) return 0;
  let total = 0;
  object.statusHistory.forEach((change, i) => {
    if (change.status !== 'active') return;
    const from = Math.max(start, new Date(change.at).getTime());
    const next = object.statusHistory[i + 1];
    const until = Math.min(end, next ? new Date(next.at).getTime() : Infinity);
    if (until > from) total += until - from;
  });
  return total;
}
