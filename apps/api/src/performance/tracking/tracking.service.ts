import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ProblemException } from '../../common/problem';

export const TRACKING_PARAM = 'adflux_tc';
const CODE_PATTERN = /^[A-Za-z0-9_-]{6,32}$/;

interface TrackedLink {
  publication_id: string;
  campaign_id: string;
  platform: string;
  application_url: string | null;
}

/**
 * Records first-party clicks and sends the visitor to the job's own application URL. The
 * destination comes only from the database (the campaign's job), never from the request, so the
 * redirect cannot be abused as an open redirect.
 */
@Injectable()
export class TrackingService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async resolve(code: string): Promise<TrackedLink | null> {
    if (!CODE_PATTERN.test(code)) return null;
    const [row]: TrackedLink[] = await this.db.query(
      `SELECT p.id AS publication_id, p.campaign_id, p.platform, j.application_url
       FROM campaign_publications p JOIN campaigns c ON c.id = p.campaign_id JOIN jobs j ON j.id = c.job_id
       WHERE p.tracking_code = $1`,
      [code],
    );
    return row ?? null;
  }

  async recordClick(code: string, now: Date = new Date()): Promise<string> {
    const link = await this.resolve(code);
    if (!link) throw new ProblemException(404, 'This link is unknown or has expired.');
    if (!link.application_url) throw new ProblemException(404, 'This job no longer has an application page.');
    await this.db.query(
      `INSERT INTO tracking_clicks_daily (publication_id, date, clicks) VALUES ($1, $2, 1)
       ON CONFLICT (publication_id, date) DO UPDATE SET clicks = tracking_clicks_daily.clicks + 1`,
      [link.publication_id, now.toISOString().slice(0, 10)],
    );
    return withUtm(link.application_url, { utm_source: 'adflux', utm_medium: link.platform, utm_campaign: link.campaign_id, [TRACKING_PARAM]: code });
  }
}

/** Adds our parameters without dropping the job URL's own query string. */
export function withUtm(url: string, params: Record<string, string>): string {
  const target = new URL(url);
  for (const [key, value] of Object.entries(params)) target.searchParams.set(key, value);
  return target.toString();
}
