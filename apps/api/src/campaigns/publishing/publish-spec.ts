import { platformBadge, type PlatformKind, type PublishSpec } from '../../ads-platforms';
import type { JobForAds } from '../../jobs';
import type { Campaign } from '../entities/campaign.entity';
import type { Publication } from '../entities/publication.entity';

export type JobForSpec = Pick<JobForAds, 'title' | 'company' | 'location' | 'skills' | 'applicationUrl'>;

/** The tracking redirect every ad links to; it records the click and forwards to the job. */
export function trackingUrl(publicBaseUrl: string, trackingCode: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/r/${trackingCode}`;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Where the ad links. Employment-ad rules require https, and every adapter (the sandbox too)
 * enforces them, so the tracking redirect is used whenever it is https. On a development
 * machine (PUBLIC_BASE_URL http://localhost…) it cannot be: there the sandbox ad — which no one
 * can click — links straight to the job's own https application URL, so the whole flow still
 * runs without an ad account; a real platform gets the http link and the publish check refuses
 * it with the https rule (Meta or Google could not reach localhost anyway).
 */
export function landingUrl(kind: PlatformKind, publicBaseUrl: string, trackingCode: string, applicationUrl: string | null): string {
  const tracking = trackingUrl(publicBaseUrl, trackingCode);
  const base = new URL(tracking);
  const localHttp = base.protocol === 'http:' && LOCAL_HOSTS.has(base.hostname);
  return platformBadge(kind).isSandbox && localHttp && applicationUrl?.startsWith('https://') ? applicationUrl : tracking;
}

/**
 * What is sent to the platform for one publication. Pure and built from stored rows only, so a
 * retried attempt sends the same names, key and targeting as the first one.
 */
export function buildPublishSpec(campaign: Campaign, publication: Publication, job: JobForSpec, publicBaseUrl: string): PublishSpec {
  const { imageUrl, ...creative } = campaign.creative;
  return {
    idempotencyKey: publication.idempotencyKey,
    name: campaign.name,
    objective: campaign.objective,
    dailyBudgetMinor: campaign.dailyBudgetMinor,
    currency: campaign.currency,
    startsAt: campaign.startsAt,
    ...(campaign.endsAt ? { endsAt: campaign.endsAt } : {}),
    landingUrl: landingUrl(publication.platform, publicBaseUrl, publication.trackingCode, job.applicationUrl),
    creative: { ...creative, ...(imageUrl ? { imageUrl } : {}) },
    targeting: publication.targeting,
    job: { title: job.title, company: job.company, ...(job.location.city ? { location: job.location.city } : {}), skills: job.skills },
    audienceSize: publication.audienceSize,
  };
}
