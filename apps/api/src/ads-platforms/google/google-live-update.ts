/**
 * The Google Ads operations that edit a live campaign (one atomic Mutate): the budget's
 * amount_micros, the campaign's end_date_time, and the responsive search ad's text (AdService:
 * an ad's text is edited on the `ads` resource, reached from the ad group ad's name).
 */
import type { ExternalIds, LiveChange, PublishSpec } from '../ads-platform.port';
import { minorToMicros } from '../money';
import { PlatformError } from '../platform-error';
import { withUtm } from '../publication-naming';
import type { GoogleMutation } from './google-ads.gateway';
import { googleDateTime } from './google-ads.mapper';
import { generateResponsiveSearchAd } from './google-creative';

/** customers/1/adGroupAds/777~888 → customers/1/ads/888 */
export function adResourceName(adGroupAd: string): string {
  const match = /^customers\/(\d+)\/adGroupAds\/\d+~(\d+)$/.exec(adGroupAd);
  if (!match) throw new PlatformError('validation', `not a Google Ads ad group ad resource name: "${adGroupAd}"`);
  return `customers/${match[1]}/ads/${match[2]}`;
}

export function liveUpdateOperations(spec: PublishSpec, ids: ExternalIds, changes: readonly LiveChange[], timeZone: string): GoogleMutation[] {
  const need = (key: string) => {
    const id = ids[key];
    if (!id) throw new PlatformError('validation', `Google update needs the ${key} resource name, which is not recorded yet`);
    return id;
  };
  const ops: GoogleMutation[] = [];
  if (changes.includes('budget')) {
    ops.push({ entity: 'campaign_budget', operation: 'update', resource: { resource_name: need('budget'), amount_micros: minorToMicros(spec.dailyBudgetMinor, spec.currency) } });
  }
  if (changes.includes('schedule') && spec.endsAt) {
    ops.push({ entity: 'campaign', operation: 'update', resource: { resource_name: need('campaign'), end_date_time: googleDateTime(spec.endsAt, timeZone) } });
  }
  if (changes.includes('creative')) {
    const rsa = generateResponsiveSearchAd(spec);
    ops.push({
      entity: 'ad', operation: 'update',
      resource: {
        resource_name: adResourceName(need('ad')),
        final_urls: [withUtm(spec.landingUrl, { utm_source: 'google', utm_medium: 'cpc', utm_campaign: spec.idempotencyKey })],
        responsive_search_ad: { headlines: rsa.headlines.map((text) => ({ text })), descriptions: rsa.descriptions.map((text) => ({ text })) },
      },
    });
  }
  return ops;
}
