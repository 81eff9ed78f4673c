import { Injectable } from '@nestjs/common';
import { ProblemException } from '../../common/problem';
import { TrackedLink, TrackingRepository } from './tracking.repository';

export const TRACKING_PARAM = 'adflux_tc';
const CODE_PATTERN = /^[A-Za-z0-9_-]{6,32}$/;

/**
 * Records first-party clicks and sends the visitor to the job's own application URL. The
 * destination comes only from the database (the campaign's job), never from the request, so the
 * redirect cannot be abused as an open redirect.
 */
@Injectable()
export class TrackingService {
  constructor(private readonly repository: TrackingRepository) {}

  async resolve(code: string): Promise<TrackedLink | null> {
    if (!CODE_PATTERN.test(code)) return null;
    return this.repository.findLink(code);
  }

  async recordClick(code: string, now: Date = new Date()): Promise<string> {
    const link = await this.resolve(code);
    if (!link) throw new ProblemException(404, 'This link is unknown or has expired.');
    if (!link.application_url) throw new ProblemException(404, 'This job no longer has an application page.');
    await this.repository.countClick(link.publication_id, now.toISOString().slice(0, 10));
    return withUtm(link.application_url, { utm_source: 'adflux', utm_medium: link.platform, utm_campaign: link.campaign_id, [TRACKING_PARAM]: code });
  }
}

/** Adds our parameters without dropping the job URL's own query string. */
export function withUtm(url: string, params: Record<string, string>): string {
  const target = new URL(url);
  for (const [key, value] of Object.entries(params)) target.searchParams.set(key, value);
  return target.toString();
}
