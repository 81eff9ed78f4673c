/**
 * Pure mapping between PublishSpec and Graph parameters / Graph insights rows.
 * Field choices follow research/ad-platforms.md §1.1–1.5.
 */
import type { DailyInsight, PublishSpec } from '../ads-platform.port';
import { decimalToMinor, minorToMetaBudget } from '../money';
import { publicationTag, taggedName, withUtm } from '../publication-naming';

export type MetaStatus = 'ACTIVE' | 'PAUSED' | 'ARCHIVED';

export interface ResolvedTargeting {
  cities: { key: string; radiusKm: number }[];
  interests: { id: string; name: string }[];
}

export const nameFor = (spec: PublishSpec, what: string) => taggedName(spec.name, spec.idempotencyKey, what, 400);
export const tagFilter = (spec: PublishSpec) => ({ field: 'name', operator: 'CONTAIN', value: publicationTag(spec.idempotencyKey) });

/** Countries the ads run in; Meta requires them whenever a special ad category is declared. */
export function targetCountries(spec: PublishSpec): string[] {
  return [...new Set([...spec.targeting.countries, ...spec.targeting.cities.map((c) => c.countryCode)].map((c) => c.toUpperCase()))];
}

export function campaignParams(spec: PublishSpec): Record<string, unknown> {
  return {
    name: nameFor(spec, 'campaign'),
    objective: spec.objective === 'leads' ? 'OUTCOME_LEADS' : 'OUTCOME_TRAFFIC',
    status: 'PAUSED', // activated last, by setStatus, so a half-built publication never spends
    special_ad_categories: ['EMPLOYMENT'],
    special_ad_category_country: targetCountries(spec),
    buying_type: 'AUCTION',
    // Required since 2026 when the budget sits on the ad set ("Must specify True or False…").
    is_adset_budget_sharing_enabled: false,
  };
}

/**
 * Cities narrow their country: a country that also has cities listed is targeted through those
 * cities only (Meta rejects overlapping locations, and "Austin + US" would mean all of the US).
 */
export function metaTargeting(spec: PublishSpec, resolved: ResolvedTargeting): Record<string, unknown> {
  const cityCountries = new Set(spec.targeting.cities.map((c) => c.countryCode.toUpperCase()));
  const countries = spec.targeting.countries.map((c) => c.toUpperCase()).filter((c) => !cityCountries.has(c));
  const geo: Record<string, unknown> = { location_types: ['home', 'recent'] };
  if (countries.length) geo.countries = countries;
  if (resolved.cities.length) {
    // Employment ads need ≥ 25 km; Meta's city radius range tops out at 80 km.
    geo.cities = resolved.cities.map((c) => ({ key: c.key, radius: Math.min(80, Math.max(25, Math.ceil(c.radiusKm))), distance_unit: 'kilometer' }));
  }
  const targeting: Record<string, unknown> = {
    geo_locations: geo,
    // Advantage+ audience may widen by age/gender, which the EMPLOYMENT category forbids.
    targeting_automation: { advantage_audience: 0 },
  };
  if (resolved.interests.length) targeting.flexible_spec = [{ interests: resolved.interests }];
  return targeting;
}

export function adSetParams(spec: PublishSpec, campaignId: string, targeting: Record<string, unknown>): Record<string, unknown> {
  const params: Record<string, unknown> = {
    name: nameFor(spec, 'ad set'),
    campaign_id: campaignId,
    daily_budget: minorToMetaBudget(spec.dailyBudgetMinor, spec.currency),
    billing_event: 'IMPRESSIONS',
    optimization_goal: 'LINK_CLICKS',
    destination_type: 'WEBSITE',
    bid_strategy: 'LOWEST_COST_WITHOUT_CAP',
    start_time: spec.startsAt.toISOString(),
    targeting,
    status: 'ACTIVE', // the campaign is PAUSED, so nothing delivers until activation
  };
  if (spec.endsAt) params.end_time = spec.endsAt.toISOString();
  return params;
}

export function landingLink(spec: PublishSpec): string {
  return withUtm(spec.landingUrl, { utm_source: 'facebook', utm_medium: 'paid_social', utm_campaign: spec.idempotencyKey });
}

/** `imageHash`: the hash `act_<id>/adimages` gave the uploaded image (it wins over `imageUrl`). */
export function creativeParams(spec: PublishSpec, pageId: string, imageHash?: string): Record<string, unknown> {
  const link = landingLink(spec);
  const linkData: Record<string, unknown> = {
    link,
    message: spec.creative.primaryText,
    name: spec.creative.headline,
    description: spec.creative.description,
    call_to_action: { type: spec.creative.callToAction, value: { link } },
  };
  if (imageHash) linkData.image_hash = imageHash;
  else if (spec.creative.imageUrl) linkData.picture = spec.creative.imageUrl;
  return { name: nameFor(spec, 'creative'), object_story_spec: { page_id: pageId, link_data: linkData } };
}

export function adParams(spec: PublishSpec, adSetId: string, creativeId: string): Record<string, unknown> {
  return { name: nameFor(spec, 'ad'), adset_id: adSetId, creative: { creative_id: creativeId }, status: 'ACTIVE' };
}

/**
 * Action types counted as conversions, first match per group wins: `lead` already aggregates the
 * pixel and on-Meta lead types, so adding them up would double count.
 */
const CONVERSION_GROUPS = [
  ['lead', 'onsite_conversion.lead_grouped', 'offsite_conversion.fb_pixel_lead'],
  ['submit_application_total', 'offsite_conversion.fb_pixel_submit_application'],
];

interface ActionValue { action_type?: string; value?: string }

function conversionsOf(actions: unknown): number {
  if (!Array.isArray(actions)) return 0;
  const byType = new Map((actions as ActionValue[]).map((a) => [a.action_type, Number(a.value ?? 0)]));
  return CONVERSION_GROUPS.reduce((sum, group) => sum + (group.map((t) => byType.get(t)).find((v) => v !== undefined) ?? 0), 0);
}

const int = (v: unknown) => (v === undefined || v === null || v === '' ? 0 : Math.round(Number(v)));
/** A metric Graph may leave out (no reach for the row): absent stays null, never 0. */
const optionalNumber = (v: unknown): number | null => (v === undefined || v === null || v === '' || !Number.isFinite(Number(v)) ? null : Number(v));
const addOptional = (a: number | null, b: number | null) => (b === null ? a : (a ?? 0) + b);

/** Per-day sums behind the weighted CPM and frequency of several ads' rows. */
interface DayWeights { cpmWeighted: number; cpmImpressions: number; frequencyWeighted: number; frequencyReach: number }

/**
 * Graph insights rows (level=ad, time_increment=1; every number is a string) → one row per day.
 * Rows of several ads on one day are added up; reach and unique clicks are then upper bounds
 * (people can see both ads), which is fine for AdFlux's one-ad publications. Meta's cpm and
 * frequency of several ads are combined weighted by impressions and reach (so they equal
 * spend / impressions and impressions / reach of the day), never averaged plainly.
 */
export function toDailyInsights(rows: Record<string, unknown>[], fallbackCurrency: string): DailyInsight[] {
  const byDate = new Map<string, DailyInsight>();
  const weights = new Map<string, DayWeights>();
  for (const row of rows) {
    const date = String(row.date_start);
    const currency = String(row.account_currency ?? fallbackCurrency).toUpperCase();
    const day = byDate.get(date) ?? { date, impressions: 0, reach: null, clicks: 0, uniqueClicks: null, spendMinor: 0, currency, conversions: 0, cpmMicros: null, frequency: null };
    const w = weights.get(date) ?? { cpmWeighted: 0, cpmImpressions: 0, frequencyWeighted: 0, frequencyReach: 0 };
    const impressions = int(row.impressions);
    const reach = optionalNumber(row.reach);
    const cpm = optionalNumber(row.cpm);
    const frequency = optionalNumber(row.frequency);
    day.impressions += impressions;
    day.reach = addOptional(day.reach, reach === null ? null : Math.round(reach));
    day.clicks += int(row.clicks);
    const unique = optionalNumber(row.unique_clicks);
    day.uniqueClicks = addOptional(day.uniqueClicks, unique === null ? null : Math.round(unique));
    day.spendMinor += decimalToMinor(row.spend as string | undefined, currency);
    day.conversions += conversionsOf(row.actions);
    if (cpm !== null && impressions > 0) {
      w.cpmWeighted += cpm * impressions;
      w.cpmImpressions += impressions;
      day.cpmMicros = Math.round((w.cpmWeighted / w.cpmImpressions) * 1_000_000);
    }
    if (frequency !== null && reach !== null && reach > 0) {
      w.frequencyWeighted += frequency * reach;
      w.frequencyReach += reach;
      day.frequency = Math.round((w.frequencyWeighted / w.frequencyReach) * 10_000) / 10_000;
    }
    byDate.set(date, day);
    weights.set(date, w);
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}
