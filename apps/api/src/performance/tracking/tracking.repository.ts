import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface TrackedLink {
  publication_id: string;
  campaign_id: string;
  job_id: string;
  platform: string;
  application_url: string | null;
}

/** Tracking codes → publication and job URL, and the first-party click counters. */
@Injectable()
export class TrackingRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findLink(code: string): Promise<TrackedLink | null> {
    const [row]: TrackedLink[] = await this.db.query(
      `SELECT p.id AS publication_id, p.campaign_id, c.job_id, p.platform, j.application_url
       FROM campaign_publications p JOIN campaigns c ON c.id = p.campaign_id JOIN jobs j ON j.id = c.job_id
       WHERE p.tracking_code = $1`,
      [code],
    );
    return row ?? null;
  }

  async countClick(publicationId: string, date: string): Promise<void> {
    await this.db.query(
      `INSERT INTO tracking_clicks_daily (publication_id, date, clicks) VALUES ($1, $2, 1)
       ON CONFLICT (publication_id, date) DO UPDATE SET clicks = tracking_clicks_daily.clicks + 1`,
      [publicationId, date],
    );
  }
}
