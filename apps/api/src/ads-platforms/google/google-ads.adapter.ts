/**
 * Google Ads adapter (google-ads-api 25.1.0 → Google Ads API v25), Search campaigns only.
 * Steps: budget → campaign (PAUSED) → adgroup → criteria (locations + keywords, one atomic
 * mutate) → ad (responsive search ad; an uploaded image becomes an image asset linked to the
 * campaign as AD_IMAGE in the same Mutate, since an RSA takes no image); setStatus enables the
 * campaign last. A live edit changes the ad text only: a new image needs a new campaign.
 *
 * Retried steps never duplicate: budget, campaign and ad group names are unique per account and
 * carry the publication tag, so a re-sent create fails with DUPLICATE_*_NAME and we adopt the
 * existing object; the criteria and ad steps first look for what an earlier attempt created.
 * gax's own Mutate retries are off (google-ads.gateway.ts): our publisher owns retries.
 */
import type { ImageStorage } from '../../media';
import type { AdsPlatform, DailyInsight, DeliveryStatus, ExternalIds, LiveChange, PublishSpec, VerifyResult } from '../ads-platform.port';
import { checkEmploymentRules } from '../compliance/compliance-engine';
import { GOOGLE_COMPLIANCE } from './google.compliance';
import { liveUpdateOperations } from './google-live-update';
import { microsToMinor } from '../money';
import { PlatformError } from '../platform-error';
import { mapGoogleAdsError, isDuplicateNameFailure } from './google-ads.errors';
import { digitsOnly, GaqlRow, GoogleAdsCredentials, GoogleAdsGateway, GoogleMutation, LibraryGoogleAdsGateway } from './google-ads.gateway';
import {
  adGroupName, adGroupOperation, adOperation, assertResourceName, budgetName, budgetOperation, campaignName, campaignOperation,
  criteriaOperations, gaqlString, GoogleBidding, imageAssetOperations, statusOperation,
} from './google-ads.mapper';

export interface GoogleAdsConfig extends GoogleAdsCredentials {
  /** IANA zone of the Google Ads account (start/end times are in account time). Default UTC. */
  accountTimeZone?: string;
  /** Default: maximize clicks (`target_spend`). */
  bidding?: GoogleBidding;
  /** Per-attempt Mutate deadline, ms. Default 60 s. */
  mutateTimeoutMs?: number;
}

export interface GoogleAdsAdapterDeps {
  /** Defaults to the google-ads-api implementation; tests inject one with capture hooks. */
  gateway?: GoogleAdsGateway;
  now?: () => Date;
  /** Where uploaded creative images are read from (required when a creative carries an image). */
  images?: Pick<ImageStorage, 'get'>;
}

export const GOOGLE_STEPS = ['budget', 'campaign', 'adgroup', 'criteria', 'ad'] as const;

export class GoogleAdsAdapter implements AdsPlatform {
  readonly kind = 'google' as const;
  readonly steps = GOOGLE_STEPS;
  private readonly gateway: GoogleAdsGateway;
  private readonly now: () => Date;
  private readonly secrets: string[];

  constructor(private readonly config: GoogleAdsConfig, private readonly deps: GoogleAdsAdapterDeps = {}) {
    this.gateway = deps.gateway ?? new LibraryGoogleAdsGateway(config, { mutateTimeoutMs: config.mutateTimeoutMs });
    this.now = deps.now ?? (() => new Date());
    this.secrets = [config.developerToken, config.clientSecret, config.refreshToken];
  }

  async verify(): Promise<VerifyResult> {
    try {
      const [row] = await this.gateway.query('SELECT customer.id, customer.descriptive_name, customer.currency_code, customer.time_zone, customer.status FROM customer LIMIT 1');
      const customer = row?.customer ?? {};
      const label = `${String(customer.descriptive_name ?? customer.id)} (${String(customer.currency_code)}, ${String(customer.time_zone)})`;
      // The library turns enum names into numbers (CustomerStatus.ENABLED = 2).
      const enabled = customer.status === 2 || customer.status === 'ENABLED';
      return enabled ? { ok: true, detail: label } : { ok: false, detail: `${label}: customer status ${String(customer.status)}` };
    } catch (err) {
      const mapped = mapGoogleAdsError(err, this.secrets);
      if (mapped.retryable) throw mapped;
      return { ok: false, detail: mapped.message };
    }
  }

  async runStep(step: string, spec: PublishSpec, ids: ExternalIds): Promise<string> {
    const violations = checkEmploymentRules(GOOGLE_COMPLIANCE, spec);
    if (violations.length) throw new PlatformError('validation', violations.map((v) => `${v.field}: ${v.message}`).join(' '));
    try {
      switch (step) {
        case 'budget':
          return await this.createOrAdopt(budgetOperation(spec),
            `SELECT campaign_budget.resource_name FROM campaign_budget WHERE campaign_budget.name = ${gaqlString(budgetName(spec))} AND campaign_budget.status != 'REMOVED'`);
        case 'campaign': {
          const budget = this.need(ids, 'budget', step);
          const op = campaignOperation(spec, budget, { timeZone: this.config.accountTimeZone ?? 'UTC', now: this.now(), bidding: this.bidding() });
          return await this.createOrAdopt(op, `SELECT campaign.resource_name FROM campaign WHERE campaign.name = ${gaqlString(campaignName(spec))} AND campaign.status != 'REMOVED'`);
        }
        case 'adgroup': {
          const campaign = this.need(ids, 'campaign', step);
          return await this.createOrAdopt(adGroupOperation(spec, campaign, this.bidding()),
            `SELECT ad_group.resource_name FROM ad_group WHERE ad_group.name = ${gaqlString(adGroupName(spec))} AND campaign.resource_name = '${campaign}' AND ad_group.status != 'REMOVED'`);
        }
        case 'criteria': {
          const campaign = this.need(ids, 'campaign', step);
          const adGroup = this.need(ids, 'adgroup', step);
          // Locations and keywords go in one atomic mutate, so existing locations mean the step ran.
          const existing = await this.names(`SELECT campaign_criterion.resource_name FROM campaign_criterion WHERE campaign.resource_name = '${campaign}' AND campaign_criterion.type IN ('LOCATION', 'PROXIMITY')`, 'campaign_criterion');
          if (existing.length) return existing.join(',');
          const ops = criteriaOperations(spec, campaign, adGroup);
          const created = await this.gateway.mutate(ops);
          return created.filter((_, i) => ops[i].entity === 'campaign_criterion').join(',');
        }
        case 'ad': {
          const adGroup = this.need(ids, 'adgroup', step);
          const [existing] = await this.names(`SELECT ad_group_ad.resource_name FROM ad_group_ad WHERE ad_group.resource_name = '${adGroup}' AND ad_group_ad.status != 'REMOVED'`, 'ad_group_ad');
          if (existing) return existing;
          // The image asset and its campaign link go in the same atomic Mutate as the ad, so an existing ad means they exist too.
          const imageOps = await this.imageOperations(spec, ids);
          const created = await this.gateway.mutate([...imageOps, adOperation(spec, adGroup)]);
          return created[imageOps.length];
        }
        default:
          throw new PlatformError('validation', `unknown Google Ads publishing step "${step}"`);
      }
    } catch (err) {
      throw mapGoogleAdsError(err, this.secrets);
    }
  }

  async setStatus(ids: ExternalIds, status: DeliveryStatus): Promise<void> {
    const campaign = this.need(ids, 'campaign', 'setStatus');
    try {
      await this.gateway.mutate([statusOperation(campaign, status)]);
    } catch (err) {
      throw mapGoogleAdsError(err, this.secrets);
    }
  }

  /** Budget, end date and ad text in one atomic Mutate (all applied or none); nothing new is created. */
  async update(ids: ExternalIds, spec: PublishSpec, changes: readonly LiveChange[]): Promise<ExternalIds> {
    const violations = checkEmploymentRules(GOOGLE_COMPLIANCE, spec);
    if (violations.length) throw new PlatformError('validation', violations.map((v) => `${v.field}: ${v.message}`).join(' '));
    try {
      const ops = liveUpdateOperations(spec, ids, changes, this.config.accountTimeZone ?? 'UTC');
      if (ops.length) await this.gateway.mutate(ops);
      return {};
    } catch (err) {
      throw mapGoogleAdsError(err, this.secrets);
    }
  }

  async fetchInsights(ids: ExternalIds, from: string, to: string): Promise<DailyInsight[]> {
    const campaign = this.need(ids, 'campaign', 'fetchInsights');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to) || from > to) {
      throw new PlatformError('validation', `invalid insights range ${from}..${to}`);
    }
    try {
      const rows = await this.gateway.query(
        'SELECT segments.date, customer.currency_code, metrics.impressions, metrics.clicks, metrics.cost_micros, metrics.average_cpm, metrics.conversions '
        + `FROM campaign WHERE campaign.resource_name = '${campaign}' AND segments.date BETWEEN '${from}' AND '${to}'`,
      );
      return toDailyInsights(rows);
    } catch (err) {
      throw mapGoogleAdsError(err, this.secrets);
    }
  }

  private async imageOperations(spec: PublishSpec, ids: ExternalIds): Promise<GoogleMutation[]> {
    const image = spec.creative.image;
    if (!image) return [];
    const bytes = await this.deps.images?.get(image.key);
    if (!bytes) throw new PlatformError('validation', `The creative image ${image.key} is not in the image store (UPLOAD_DIR must be shared by the api and worker processes); upload it again.`);
    return imageAssetOperations(spec, image, bytes, digitsOnly(this.config.customerId), this.need(ids, 'campaign', 'ad'));
  }

  /** Creates; when Google says the tagged name already exists, adopts that object instead. */
  private async createOrAdopt(op: GoogleMutation, lookupGaql: string): Promise<string> {
    try {
      const [created] = await this.gateway.mutate([op]);
      return created;
    } catch (err) {
      if (!isDuplicateNameFailure(err)) throw err;
      const [existing] = await this.names(lookupGaql, op.entity);
      if (!existing) throw err;
      return existing;
    }
  }

  private async names(gaql: string, entity: string): Promise<string[]> {
    const rows = await this.gateway.query(gaql);
    return rows.map((row) => String(row[entity]?.resource_name ?? '')).filter(Boolean);
  }

  private bidding(): GoogleBidding {
    return this.config.bidding ?? { strategy: 'maximize_clicks' };
  }

  private need(ids: ExternalIds, key: string, step: string): string {
    const id = ids[key];
    if (!id) throw new PlatformError('validation', `Google ${step} needs the ${key} resource name, which is not recorded yet`);
    return assertResourceName(id, key);
  }
}

/**
 * GAQL rows → one DailyInsight per date. Google reports CPM (`metrics.average_cpm`, micros of the
 * account currency), but not reach, frequency or unique clicks for Search campaigns
 * (`metrics.unique_users` / `average_impression_frequency_per_user` exist only for Display, Video
 * and similar campaign types, cannot be segmented into additive days, and Google has no unique
 * clicks): those stay null, never 0.
 */
export function toDailyInsights(rows: GaqlRow[]): DailyInsight[] {
  const byDate = new Map<string, DailyInsight>();
  const cpmWeights = new Map<string, { weighted: number; impressions: number }>();
  for (const row of rows) {
    const date = String(row.segments?.date);
    const currency = String(row.customer?.currency_code ?? 'USD').toUpperCase();
    const metrics = row.metrics ?? {};
    const day = byDate.get(date) ?? { date, impressions: 0, reach: null, clicks: 0, uniqueClicks: null, spendMinor: 0, currency, conversions: 0, cpmMicros: null, frequency: null };
    const impressions = Number(metrics.impressions ?? 0);
    day.impressions += impressions;
    day.clicks += Number(metrics.clicks ?? 0);
    day.spendMinor += microsToMinor(metrics.cost_micros as number | string | undefined, currency);
    day.conversions += Math.round(Number(metrics.conversions ?? 0));
    const cpm = metrics.average_cpm;
    if (cpm !== undefined && cpm !== null && cpm !== '' && Number.isFinite(Number(cpm)) && impressions > 0) {
      const w = cpmWeights.get(date) ?? { weighted: 0, impressions: 0 };
      w.weighted += Number(cpm) * impressions;
      w.impressions += impressions;
      cpmWeights.set(date, w);
      day.cpmMicros = Math.round(w.weighted / w.impressions);
    }
    byDate.set(date, day);
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}
