import type { PublishSpec } from '../../ads-platforms/ads-platform.port';
import type { JobForAds } from '../../jobs/job-for-ads';
import type { Campaign } from '../entities/campaign.entity';
import type { Publication } from '../entities/publication.entity';

export type JobForSpec = Pick<JobForAds, 'title' | 'company' | 'location' | 'skills'>;

/** The tracking redirect every ad links to; it records the click and forwards to the job. */
export function trackingUrl(publicBaseUrl: string, trackingCode: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/r/${trackingCode}`;
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
    landingUrl: trackingUrl(publicBaseUrl, publication.trackingCode),
    creative: { ...creative, ...(imageUrl ? { imageUrl } : {}) },
    targeting: publication.targeting,
    job: { title: job.title, company: job.company, ...(job.location.city ? { location: job.location.city } : {}), skills: job.skills },
    audienceSize: publication.audienceSize,
  };
}
