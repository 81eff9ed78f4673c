/**
 * Meta (Facebook/Instagram) adapter over facebook-nodejs-business-sdk.
 * Steps: campaign → adset → creative → ad, all under act_<id>, campaign created PAUSED and
 * switched on by setStatus('active'). An uploaded image goes to act_<id>/adimages in the creative
 * step and the creative links it by hash (link_data.image_hash). Campaign, ad set and ad steps first look for an object
 * carrying the publication tag, so a step retried after a lost response adopts what the earlier
 * attempt created instead of duplicating it (Meta has no idempotency keys).
 */
import type { ImageStorage } from '../../media';
import type { AdsPlatform, CreativeImageRef, DailyInsight, DeliveryStatus, ExternalIds, LiveChange, PublishSpec, VerifyResult } from '../ads-platform.port';
import { checkEmploymentRules } from '../compliance/compliance-engine';
import { META_COMPLIANCE } from './meta.compliance';
import { minorToMetaBudget } from '../money';
import { PlatformError } from '../platform-error';
import { mapMetaError } from './meta.errors';
import {
  adParams, adSetParams, campaignParams, creativeParams, metaTargeting, MetaStatus, ResolvedTargeting, tagFilter, toDailyInsights,
} from './meta.mapper';
import { configureMetaSdk, ListParent, MetaGraphClient } from './meta-sdk';

export interface MetaAdsConfig {
  accessToken: string;
  /** When the Meta app has "Require App Secret" on, every call carries appsecret_proof. */
  appSecret?: string;
  /** With or without the `act_` prefix. */
  adAccountId: string;
  pageId: string;
  /** Process-wide (see meta-sdk.ts). Default v25.0: the SDK's own v24.0 expired on 10 Nov 2026. */
  apiVersion?: string;
  /** Process-wide; from env only. Default https://graph.facebook.com. */
  graphBaseUrl?: string;
  /** Process-wide per-request timeout for Graph calls. Default 30 s. */
  timeoutMs?: number;
  /** Skills resolved to interests, at most this many (one targeting search each). Default 10. */
  maxInterests?: number;
  /** Where uploaded creative images are read from (required when a creative carries an image). */
  images?: Pick<ImageStorage, 'get'>;
}

export const META_STEPS = ['campaign', 'adset', 'creative', 'ad'] as const;
const STATUS: Record<DeliveryStatus, MetaStatus> = { active: 'ACTIVE', paused: 'PAUSED', archived: 'ARCHIVED' };
const ACCOUNT_STATUS: Record<number, string> = {
  1: 'ACTIVE', 2: 'DISABLED', 3: 'UNSETTLED', 7: 'PENDING_RISK_REVIEW', 8: 'PENDING_SETTLEMENT', 9: 'IN_GRACE_PERIOD', 100: 'PENDING_CLOSURE', 101: 'CLOSED',
};
const INSIGHT_FIELDS = ['date_start', 'date_stop', 'ad_id', 'impressions', 'reach', 'frequency', 'clicks', 'unique_clicks', 'spend', 'cpm', 'actions', 'account_currency'];

export class MetaAdsAdapter implements AdsPlatform {
  readonly kind = 'meta' as const;
  readonly steps = META_STEPS;
  private readonly client: MetaGraphClient;

  constructor(private readonly config: MetaAdsConfig) {
    configureMetaSdk({
      apiVersion: config.apiVersion ?? 'v25.0',
      graphBaseUrl: config.graphBaseUrl ?? 'https://graph.facebook.com',
      timeoutMs: config.timeoutMs ?? 30_000,
    });
    const account = config.adAccountId.startsWith('act_') ? config.adAccountId : `act_${config.adAccountId}`;
    this.client = new MetaGraphClient(config.accessToken, config.appSecret, account);
  }

  async verify(): Promise<VerifyResult> {
    try {
      const account = await this.client.readAccount(['name', 'account_status', 'currency']);
      const status = Number(account.account_status);
      const label = `${String(account.name)} (${String(account.currency)})`;
      return status === 1 ? { ok: true, detail: label } : { ok: false, detail: `${label}: account status ${ACCOUNT_STATUS[status] ?? status}` };
    } catch (err) {
      const mapped = this.mapError(err);
      // Retryable failures say nothing about the connection itself: let the caller retry.
      if (mapped.retryable) throw mapped;
      return { ok: false, detail: mapped.message };
    }
  }

  async runStep(step: string, spec: PublishSpec, ids: ExternalIds): Promise<string> {
    const violations = checkEmploymentRules(META_COMPLIANCE, spec);
    if (violations.length) throw new PlatformError('validation', violations.map((v) => `${v.field}: ${v.message}`).join(' '));
    try {
      switch (step) {
        case 'campaign':
          return await this.findOrCreate({ kind: 'account' }, 'campaigns', spec, () => campaignParams(spec));
        case 'adset': {
          const campaignId = this.need(ids, 'campaign', step);
          return await this.findOrCreate({ kind: 'campaign', id: campaignId }, 'adsets', spec, async () => {
            const targeting = metaTargeting(spec, await this.resolveTargeting(spec));
            const rawViolations = checkEmploymentRules(META_COMPLIANCE, spec, targeting);
            if (rawViolations.length) throw new PlatformError('validation', rawViolations.map((v) => `${v.field}: ${v.message}`).join(' '));
            return adSetParams(spec, campaignId, targeting);
          });
        }
        case 'creative':
          // Creatives never deliver on their own; a duplicate from a retried step is harmless.
          return await this.client.create('adcreatives', creativeParams(spec, this.config.pageId, await this.uploadImage(spec.creative.image)));
        case 'ad': {
          const adSetId = this.need(ids, 'adset', step);
          const creativeId = this.need(ids, 'creative', step);
          return await this.findOrCreate({ kind: 'adset', id: adSetId }, 'ads', spec, () => adParams(spec, adSetId, creativeId));
        }
        default:
          throw new PlatformError('validation', `unknown Meta publishing step "${step}"`);
      }
    } catch (err) {
      throw this.mapError(err);
    }
  }

  async setStatus(ids: ExternalIds, status: DeliveryStatus): Promise<void> {
    const campaignId = this.need(ids, 'campaign', 'setStatus');
    try {
      await this.client.setStatus(campaignId, STATUS[status]);
    } catch (err) {
      throw this.mapError(err);
    }
  }

  /**
   * Budget and end live on the ad set (POST /<adset>); Meta creatives cannot be edited, so new ad
   * text is a new creative linked to the ad (POST /<ad> creative), returned to be recorded. A
   * retry may create one more unused creative, which never delivers.
   */
  async update(ids: ExternalIds, spec: PublishSpec, changes: readonly LiveChange[]): Promise<ExternalIds> {
    const violations = checkEmploymentRules(META_COMPLIANCE, spec);
    if (violations.length) throw new PlatformError('validation', violations.map((v) => `${v.field}: ${v.message}`).join(' '));
    const adSetFields: Record<string, unknown> = {};
    if (changes.includes('budget')) adSetFields.daily_budget = minorToMetaBudget(spec.dailyBudgetMinor, spec.currency);
    if (changes.includes('schedule') && spec.endsAt) adSetFields.end_time = spec.endsAt.toISOString();
    try {
      if (Object.keys(adSetFields).length) await this.client.updateObject(this.need(ids, 'adset', 'update'), adSetFields);
      if (!changes.includes('creative')) return {};
      const adId = this.need(ids, 'ad', 'update');
      const creative = await this.client.create('adcreatives', creativeParams(spec, this.config.pageId, await this.uploadImage(spec.creative.image)));
      await this.client.updateObject(adId, { creative: { creative_id: creative } });
      return { creative };
    } catch (err) {
      throw this.mapError(err);
    }
  }

  async fetchInsights(ids: ExternalIds, from: string, to: string): Promise<DailyInsight[]> {
    const campaignId = this.need(ids, 'campaign', 'fetchInsights');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to) || from > to) {
      throw new PlatformError('validation', `invalid insights range ${from}..${to}`);
    }
    try {
      // Always an explicit time_range: without it Graph silently defaults to last_30d.
      const rows = await this.client.campaignInsights(campaignId, INSIGHT_FIELDS, {
        level: 'ad', time_increment: 1, time_range: { since: from, until: to },
      });
      const currency = rows.find((r) => r.account_currency)?.account_currency ?? (rows.length ? await this.accountCurrency() : 'USD');
      return toDailyInsights(rows, String(currency));
    } catch (err) {
      throw this.mapError(err);
    }
  }

  /** Uploads the creative's image to the ad account (adimages) and returns its hash; none: undefined. */
  private async uploadImage(image: CreativeImageRef | undefined): Promise<string | undefined> {
    if (!image) return undefined;
    const bytes = await this.config.images?.get(image.key);
    if (!bytes) throw new PlatformError('validation', `The creative image ${image.key} is not in the image store (UPLOAD_DIR must be shared by the api and worker processes); upload it again.`);
    return this.client.uploadImage(bytes, image.key);
  }

  private async findOrCreate(
    parent: ListParent, edge: 'campaigns' | 'adsets' | 'ads', spec: PublishSpec,
    params: () => Record<string, unknown> | Promise<Record<string, unknown>>,
  ): Promise<string> {
    const existing = await this.client.list(parent, edge, ['id', 'name'], [tagFilter(spec)]);
    if (existing.length) return String(existing[0].id);
    return this.client.create(edge, await params());
  }

  /** Skills → interest ids and city names → city keys, through Graph's targeting search. */
  private async resolveTargeting(spec: PublishSpec): Promise<ResolvedTargeting> {
    const cities: ResolvedTargeting['cities'] = [];
    for (const city of spec.targeting.cities) {
      const [hit] = await this.client.search({ type: 'adgeolocation', location_types: ['city'], q: city.name, country_code: city.countryCode, limit: 1 });
      if (!hit?.key) throw new PlatformError('validation', `Meta does not know the city "${city.name}" (${city.countryCode}).`);
      cities.push({ key: String(hit.key), radiusKm: city.radiusKm });
    }
    const interests = new Map<string, string>();
    const skills = [...new Set(spec.targeting.skills.map((s) => s.trim()).filter(Boolean))].slice(0, this.config.maxInterests ?? 10);
    for (const skill of skills) {
      const [hit] = await this.client.search({ type: 'adinterest', q: skill, limit: 1 });
      if (hit?.id) interests.set(String(hit.id), String(hit.name ?? skill)); // no match: skill simply not used
    }
    return { cities, interests: [...interests].map(([id, name]) => ({ id, name })) };
  }

  private async accountCurrency(): Promise<string> {
    return String((await this.client.readAccount(['currency'])).currency ?? 'USD');
  }

  private need(ids: ExternalIds, key: string, step: string): string {
    const id = ids[key];
    if (!id) throw new PlatformError('validation', `Meta ${step} needs the ${key} id, which is not recorded yet`);
    return id;
  }

  private mapError(err: unknown): PlatformError {
    return err instanceof PlatformError ? err : mapMetaError(err, this.client.secrets);
  }
}
