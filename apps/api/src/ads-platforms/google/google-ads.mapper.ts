/**
 * Pure builders of the Google Ads mutate operations (research/ad-platforms.md §2.1) and of the
 * GAQL we send. Enum fields must be the numeric values from `enums`: the library assigns the
 * resource as-is to the protobuf message, and a string would silently encode as 0 (UNSPECIFIED).
 */
import type { CreativeImageRef, PublishSpec } from '../ads-platform.port';
import { minorToMicros } from '../money';
import { taggedName, withUtm } from '../publication-naming';
import { PlatformError } from '../platform-error';
import { generateResponsiveSearchAd } from './google-creative';
import type { GoogleMutation } from './google-ads.gateway';
import { googleAdsSdk } from './google-ads-sdk';
import { countryGeoTargetConstant } from './google-geo-targets';

/** The library's enums, read when a mutation is built (the library loads on first use: google-ads-sdk). */
const enums = () => googleAdsSdk().enums;

export type GoogleBidding =
  | { strategy: 'maximize_clicks'; cpcCeilingMinor?: number }
  | { strategy: 'manual_cpc'; cpcBidMinor: number };

export const budgetName = (spec: PublishSpec) => taggedName(spec.name, spec.idempotencyKey, 'budget');
export const campaignName = (spec: PublishSpec) => taggedName(spec.name, spec.idempotencyKey);
export const adGroupName = (spec: PublishSpec) => taggedName(spec.name, spec.idempotencyKey, 'ad group');

/** `yyyy-MM-dd HH:mm:ss` in the account's time zone (v25 start_date_time / end_date_time). */
export function googleDateTime(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  }).formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

export function budgetOperation(spec: PublishSpec): GoogleMutation {
  return {
    entity: 'campaign_budget',
    operation: 'create',
    resource: {
      name: budgetName(spec),
      amount_micros: minorToMicros(spec.dailyBudgetMinor, spec.currency),
      delivery_method: enums().BudgetDeliveryMethod.STANDARD,
      explicitly_shared: false, // the API defaults budgets to shared (google-ads-php #16)
    },
  };
}

export function campaignOperation(spec: PublishSpec, budget: string, opts: { timeZone: string; now: Date; bidding: GoogleBidding }): GoogleMutation {
  const resource: Record<string, unknown> = {
    name: campaignName(spec),
    advertising_channel_type: enums().AdvertisingChannelType.SEARCH,
    status: enums().CampaignStatus.PAUSED, // enabled last, by setStatus
    campaign_budget: budget,
    network_settings: { target_google_search: true, target_search_network: true, target_content_network: false, target_partner_search_network: false },
    // Required since 2026: without it FieldError.REQUIRED, and undeclared campaigns block the account.
    contains_eu_political_advertising: enums().EuPoliticalAdvertisingStatus.DOES_NOT_CONTAIN_EU_POLITICAL_ADVERTISING,
  };
  if (opts.bidding.strategy === 'manual_cpc') resource.manual_cpc = {};
  else resource.target_spend = opts.bidding.cpcCeilingMinor ? { cpc_bid_ceiling_micros: minorToMicros(opts.bidding.cpcCeilingMinor, spec.currency) } : {};
  // A start in the past is rejected; omitting it means "start now".
  if (spec.startsAt > opts.now) resource.start_date_time = googleDateTime(spec.startsAt, opts.timeZone);
  if (spec.endsAt) resource.end_date_time = googleDateTime(spec.endsAt, opts.timeZone);
  return { entity: 'campaign', operation: 'create', resource };
}

export function adGroupOperation(spec: PublishSpec, campaign: string, bidding: GoogleBidding): GoogleMutation {
  const resource: Record<string, unknown> = {
    name: adGroupName(spec), campaign, status: enums().AdGroupStatus.ENABLED, type: enums().AdGroupType.SEARCH_STANDARD,
  };
  if (bidding.strategy === 'manual_cpc') resource.cpc_bid_micros = minorToMicros(bidding.cpcBidMinor, spec.currency);
  return { entity: 'ad_group', operation: 'create', resource };
}

/** Characters Google rejects in keyword text (KeywordError.INVALID_CHARACTERS). */
const KEYWORD_INVALID = /[!@%,*()={};~`<>?\\|^"[\]]/g;

/** Keywords from the job title, the skills and the spec's extra keywords; ≤ 10 words, ≤ 80 chars. */
export function jobKeywords(spec: PublishSpec, max = 20): string[] {
  const clean = (text: string) => text.replace(KEYWORD_INVALID, ' ').replace(/\s+/g, ' ').trim().toLowerCase().split(' ').slice(0, 10).join(' ').slice(0, 80).trim();
  const title = clean(spec.job.title);
  const skills = [...spec.job.skills, ...spec.targeting.skills].map(clean).filter(Boolean);
  const candidates = [title, title && `${title} jobs`, ...spec.targeting.keywords.map(clean), ...skills.map((s) => `${s} jobs`)];
  return [...new Set(candidates.filter(Boolean))].slice(0, max);
}

/**
 * Locations (cities narrow their country, as on Meta; countries via geo target constants,
 * cities as proximity around the city's address) and PHRASE keywords, in one atomic mutate.
 */
export function criteriaOperations(spec: PublishSpec, campaign: string, adGroup: string): GoogleMutation[] {
  const cityCountries = new Set(spec.targeting.cities.map((c) => c.countryCode.toUpperCase()));
  const locations: GoogleMutation[] = spec.targeting.countries.filter((c) => !cityCountries.has(c.toUpperCase())).map((country) => {
    const geo = countryGeoTargetConstant(country);
    if (!geo) throw new PlatformError('validation', `AdFlux has no Google geo target for country "${country}" yet.`);
    return { entity: 'campaign_criterion', operation: 'create', resource: { campaign, location: { geo_target_constant: geo } } };
  });
  const proximities: GoogleMutation[] = spec.targeting.cities.map((city) => ({
    entity: 'campaign_criterion',
    operation: 'create',
    resource: {
      campaign,
      proximity: { address: { city_name: city.name, country_code: city.countryCode.toUpperCase() }, radius: city.radiusKm, radius_units: enums().ProximityRadiusUnits.KILOMETERS },
    },
  }));
  const keywords: GoogleMutation[] = jobKeywords(spec).map((text) => ({
    entity: 'ad_group_criterion',
    operation: 'create',
    resource: { ad_group: adGroup, status: enums().AdGroupCriterionStatus.ENABLED, keyword: { text, match_type: enums().KeywordMatchType.PHRASE } },
  }));
  return [...locations, ...proximities, ...keywords];
}

export function adOperation(spec: PublishSpec, adGroup: string): GoogleMutation {
  const rsa = generateResponsiveSearchAd(spec);
  const finalUrl = withUtm(spec.landingUrl, { utm_source: 'google', utm_medium: 'cpc', utm_campaign: spec.idempotencyKey });
  return {
    entity: 'ad_group_ad',
    operation: 'create',
    resource: {
      ad_group: adGroup,
      status: enums().AdGroupAdStatus.ENABLED,
      ad: {
        final_urls: [finalUrl],
        responsive_search_ad: {
          headlines: rsa.headlines.map((text) => ({ text })),
          descriptions: rsa.descriptions.map((text) => ({ text })),
          ...(rsa.path1 ? { path1: rsa.path1 } : {}),
          ...(rsa.path2 ? { path2: rsa.path2 } : {}),
        },
      },
    },
  };
}

export const imageAssetName = (spec: PublishSpec) => taggedName(spec.name, spec.idempotencyKey, 'image');

/**
 * The uploaded image as an image asset (AssetService / Mutate `asset_operation`, ImageAsset.data =
 * the raw bytes, sent base64 as protobuf JSON does) linked to the campaign as an AD_IMAGE campaign
 * asset, so the Search campaign shows it beside the responsive search ad (the RSA itself takes no
 * image). The asset gets a temporary resource name (-1) so both go in one atomic Mutate with the ad.
 */
export function imageAssetOperations(spec: PublishSpec, image: CreativeImageRef, bytes: Buffer, customerId: string, campaign: string): GoogleMutation[] {
  const asset = `customers/${customerId}/assets/-1`;
  return [
    {
      entity: 'asset',
      operation: 'create',
      resource: { resource_name: asset, name: `${imageAssetName(spec)} ${image.key.slice(0, 12)}`, type: enums().AssetType.IMAGE, image_asset: { data: bytes.toString('base64') } },
    },
    { entity: 'campaign_asset', operation: 'create', resource: { campaign, asset, field_type: enums().AssetFieldType.AD_IMAGE } },
  ];
}

/** Google has no "archived": archiving removes the campaign (irreversible, like Meta's ARCHIVED). */
export function statusOperation(campaign: string, status: 'active' | 'paused' | 'archived'): GoogleMutation {
  if (status === 'archived') return { entity: 'campaign', operation: 'remove', resource: campaign };
  return { entity: 'campaign', operation: 'update', resource: { resource_name: campaign, status: status === 'active' ? enums().CampaignStatus.ENABLED : enums().CampaignStatus.PAUSED } };
}

/** A GAQL string literal (backslash escapes). */
export function gaqlString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Resource names are interpolated into GAQL, so only well-formed ones are accepted. */
export function assertResourceName(value: string, kind: string): string {
  if (!/^customers\/\d+\/[A-Za-z]+\/[\d~]+$/.test(value)) throw new PlatformError('validation', `not a Google Ads ${kind} resource name: "${value}"`);
  return value;
}
