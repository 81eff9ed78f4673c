import type { PlatformKind, PublishSpec } from '../../ads-platforms/ads-platform.port';
import { generateResponsiveSearchAd } from '../../ads-platforms/google/google-creative';
import { adGroupName, budgetName, campaignName, jobKeywords } from '../../ads-platforms/google/google-ads.mapper';
import { adSetParams, campaignParams, creativeParams, metaTargeting } from '../../ads-platforms/meta/meta.mapper';
import { minorToMicros } from '../../ads-platforms/money';
import { withUtm } from '../../ads-platforms/publication-naming';

/**
 * What the adapter would send, built with the adapters' own pure mappers so the preview cannot
 * drift from the real request. Values only known at publish time are shown as placeholders:
 * Meta interest and city ids come from Meta's targeting search (the skill/city names are what
 * is searched for), ids of objects created by earlier steps appear as `{campaign_id}`.
 */
export function platformPayload(kind: PlatformKind, spec: PublishSpec, account: { pageId?: string }): Record<string, unknown> {
  if (kind === 'meta') {
    const targeting = metaTargeting(spec, {
      cities: spec.targeting.cities.map((c) => ({ key: `{key of ${c.name}, ${c.countryCode}}`, radiusKm: c.radiusKm })),
      interests: spec.targeting.skills.map((name) => ({ id: `{interest id of "${name}"}`, name })),
    });
    return {
      campaign: campaignParams(spec),
      adset: adSetParams(spec, '{campaign_id}', targeting),
      creative: creativeParams(spec, account.pageId ?? '{page_id}'),
    };
  }
  if (kind === 'google') {
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
      responsive_search_ad: {
        final_urls: [withUtm(spec.landingUrl, { utm_source: 'google', utm_medium: 'cpc', utm_campaign: spec.idempotencyKey })],
        headlines: rsa.headlines,
        descriptions: rsa.descriptions,
      },
    };
  }
  return { note: 'Sandbox: the objects are simulated; nothing is published or spent.' };
}
