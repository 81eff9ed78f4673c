import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface DailyMetricRow {
  publicationId: string;
  date: string;
  impressions: number;
  reach: number;
  clicks: number;
  spendMinor: number;
  currency: string;
  spendReportingMinor: number;
  conversions: number;
}

/** Bulk writes of daily metrics and the per-platform rollup the dashboard reads. */
@Injectable()
export class MetricsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Upsert by (publication, date): a re-synced day replaces the old numbers, never adds to them. */
  async upsertDaily(rows: DailyMetricRow[], manager: EntityManager = this.db.manager): Promise<void> {
    if (rows.length === 0) return;
    const col = <K extends keyof DailyMetricRow>(key: K) => rows.map((r) => r[key]);
    await manager.query(
      `INSERT INTO publication_metrics_daily
         (publication_id, date, impressions, reach, clicks, spend_minor, currency, spend_reporting_minor, conversions, synced_at)
       SELECT *, now() FROM unnest($1::uuid[], $2::date[], $3::bigint[], $4::bigint[], $5::bigint[], $6::bigint[], $7::char(3)[], $8::bigint[], $9::int[])
       ON CONFLICT (publication_id, date) DO UPDATE SET
         impressions = EXCLUDED.impressions, reach = EXCLUDED.reach, clicks = EXCLUDED.clicks,
         spend_minor = EXCLUDED.spend_minor, currency = EXCLUDED.currency,
         spend_reporting_minor = EXCLUDED.spend_reporting_minor, conversions = EXCLUDED.conversions, synced_at = now()`,
      [col('publicationId'), col('date'), col('impressions'), col('reach'), col('clicks'), col('spendMinor'), col('currency'), col('spendReportingMinor'), col('conversions')],
    );
  }

  /** Recomputes the per-day-per-platform rollup for the given days from the daily rows. */
  async refreshPlatformRollup(dates: string[], manager: EntityManager = this.db.manager): Promise<void> {
    if (dates.length === 0) return;
    await manager.query(`DELETE FROM metrics_daily_platform WHERE date = ANY($1::date[])`, [dates]);
    await manager.query(
      `INSERT INTO metrics_daily_platform (date, platform, impressions, reach, clicks, spend_reporting_minor, conversions, publications)
       SELECT m.date, p.platform, sum(m.impressions), sum(m.reach), sum(m.clicks), sum(m.spend_reporting_minor), sum(m.conversions), count(*)
       FROM publication_metrics_daily m JOIN campaign_publications p ON p.id = m.publication_id
       WHERE m.date = ANY($1::date[])
       GROUP BY m.date, p.platform`,
      [dates],
    );
  }
}
