import type { PublishSpec } from '../ads-platform.port';
import type { PublicValues } from '../connections/connection-fields';
import { adSetParams, campaignParams, creativeParams, metaTargeting } from './meta.mapper';

/**
 * What the Meta adapter would send, built with its own pure mappers so the preview cannot drift
 * from the real request. Interest and city ids come from Meta's targeting search at publish time
 * (the skill/city names are what is searched for); the campaign id appears as `{campaign_id}`, and
 * an uploaded image's hash (from POST act_<id>/adimages at publish time) as `{hash of <key> ...}`.
 */
export function metaPreview(spec: PublishSpec, account: PublicValues): Record<string, unknown> {
  const targeting = metaTargeting(spec, {
    cities: spec.targeting.cities.map((c) => ({ key: `{key of ${c.name}, ${c.countryCode}}`, radiusKm: c.radiusKm })),
    interests: spec.targeting.skills.map((name) => ({ id: `{interest id of "${name}"}`, name })),
  });
  return {
    campaign: campaignParams(spec),
    adset: adSetParams(spec, '{campaign_id}', targeting),
    creative: creativeParams(spec, account.pageId ?? '{page_id}', spec.creative.image ? `{hash of ${spec.creative.image.key} from adimages}` : undefined),
  };
}
