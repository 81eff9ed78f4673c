import type { PublishSpec } from '../ads-platform.port';
import { minorToMicros } from '../money';
import { withUtm } from '../publication-naming';
import { adGroupName, budgetName, campaignName, imageAssetName, jobKeywords } from './google-ads.mapper';
import { generateResponsiveSearchAd } from './google-creative';

/**
 * What the Google Ads adapter would send, built with its own pure mappers so the preview cannot
 * drift from the real request (geo target constants and resource names are known at publish time).
 */
export function googlePreview(spec: PublishSpec): Record<string, unknown> {
  const rsa = generateResponsiveSearchAd(spec);
  const cityCountries = new Set(spec.targeting.cities.map((c) => c.countryCode));
  return {
    budget: { name: budgetName(spec), amount_micros: minorToMicros(spec.dailyBudgetMinor, spec.currency), delivery_method: 'STANDARD', explicitly_shared: false },
    campaign: { name: campaignName(spec), advertising_channel_type: 'SEARCH', status: 'PAUSED', contains_eu_political_advertising: 'DOES_NOT_CONTAIN_EU_POLITICAL_ADVERTISING' },
    ad_group: { name: adGroupName(spec), type: 'SEARCH_STANDARD' },
    locations: [
      ...spec.targeting.countries.filter((c) => !cityCountries.has(c)).map((country) => ({ country })),
      ...spec.targeting.cities.map((c) => ({ proximity: { city_name: c.name, country_code: c.countryCode, radius: c.radiusKm, radius_units: 'KILOMETERS' } })),
    ],
    keywords: jobKeywords(spec).map((text) => ({ text, match_type: 'PHRASE' })),
    ...(spec.creative.image ? { image_asset: { name: `${imageAssetName(spec)} ${spec.creative.image.key.slice(0, 12)}`, campaign_asset_field_type: 'AD_IMAGE' } } : {}),
    responsive_search_ad: {
      final_urls: [withUtm(spec.landingUrl, { utm_source: 'google', utm_medium: 'cpc', utm_campaign: spec.idempotencyKey })],
      headlines: rsa.headlines,
      descriptions: rsa.descriptions,
    },
  };
}
