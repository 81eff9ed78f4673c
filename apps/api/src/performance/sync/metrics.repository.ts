import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ExternalIds } from '../../ads-platforms';

/** A publication whose insights a sync fetches. */
export interface SyncTarget {
  id: string;
  campaignId: string;
  connectionId: string;
  externalIds: ExternalIds;
}

/**
 * Publications worth syncing: they have platform objects and are live, or stopped within the
 * trailing window (platforms still revise those days). `windowParam` names the days parameter.
 */
const syncable = (windowParam: string) =>
  `external_ids <> '{}'::jsonb AND (status = 'active' OR (status IN ('paused','completed','archived') AND status_changed_at > now() - make_interval(days => ${windowParam})))`;

const TARGET_COLUMNS = `id, campaign_id AS "campaignId", connection_id AS "connectionId", external_ids AS "externalIds"`;

/** Delivery summed over some publications' stored days (what a sync adds is after minus before). */
export interface DeliveryTotals {
  impressions: number;
  clicks: number;
  spendReportingMinor: number;
}

/** When the sync last stored numbers for a publication, and whether the scheduled sync still covers it. */
export interface PublicationSyncTimes {
  publicationId: string;
  lastSyncedAt: Date | null;
  scheduled: boolean;
}

/** One stored day of a publication. Reach, unique clicks, CPM and frequency are null where the platform does not report them. */
export interface DailyMetricRow {
  publicationId: string;
  date: string;
  impressions: number;
  reach: number | null;
  clicks: number;
  spendMinor: number;
  currency: string;
  spendReportingMinor: number;
  conversions: number;
  uniqueClicks?: number | null;
  /** The platform's CPM, micros of `currency`. */
  cpmMicros?: number | null;
  frequency?: number | null;
}

/** What a metrics sync reads, and the bulk writes of daily metrics and the per-platform rollup the dashboard reads. */
@Injectable()
export class MetricsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Connections that have something to sync: live publications or ones that stopped recently. */
  async connectionsToSync(windowDays: number): Promise<string[]> {
    const rows: { connection_id: string }[] = await this.db.query(`SELECT DISTINCT connection_id FROM campaign_publications WHERE ${syncable('$1')}`, [windowDays]);
    return rows.map((r) => r.connection_id);
  }

  targetsOfConnection(connectionId: string, windowDays: number): Promise<SyncTarget[]> {
    return this.db.query(`SELECT ${TARGET_COLUMNS} FROM campaign_publications WHERE connection_id = $1 AND ${syncable('$2')}`, [connectionId, windowDays]);
  }

  /** Every publication of the campaign with platform objects (a manual sync ignores the window). */
  targetsOfCampaign(campaignId: string): Promise<SyncTarget[]> {
    return this.db.query(`SELECT ${TARGET_COLUMNS} FROM campaign_publications WHERE campaign_id = $1 AND external_ids <> '{}'::jsonb`, [campaignId]);
  }

  async deliveryTotals(publicationIds: string[]): Promise<DeliveryTotals> {
    const [row]: { impressions: string; clicks: string; spend: string }[] = await this.db.query(
      `SELECT coalesce(sum(impressions), 0) AS impressions, coalesce(sum(clicks), 0) AS clicks, coalesce(sum(spend_reporting_minor), 0) AS spend
         FROM publication_metrics_daily WHERE publication_id = ANY($1::uuid[])`,
      [publicationIds],
    );
    return { impressions: Number(row!.impressions), clicks: Number(row!.clicks), spendReportingMinor: Number(row!.spend) };
  }

  /**
   * Per publication of the campaign: the last stored sync and whether the scheduled sync picks it up
   * (the cron's own rule). Null when the campaign does not exist.
   */
  async syncTimesOfCampaign(campaignId: string, windowDays: number): Promise<PublicationSyncTimes[] | null> {
    const rows: { publicationId: string | null; scheduled: boolean | null; lastSyncedAt: Date | null }[] = await this.db.query(
      `SELECT p.id AS "publicationId", p.scheduled,
              (SELECT max(m.synced_at) FROM publication_metrics_daily m WHERE m.publication_id = p.id) AS "lastSyncedAt"
         FROM campaigns c
         LEFT JOIN LATERAL (SELECT id, (${syncable('$2')}) AS scheduled FROM campaign_publications WHERE campaign_id = c.id) p ON true
        WHERE c.id = $1`,
      [campaignId, windowDays],
    );
    if (rows.length === 0) return null;
    return rows.flatMap((r) => (r.publicationId === null ? [] : [{ publicationId: r.publicationId, scheduled: !!r.scheduled, lastSyncedAt: r.lastSyncedAt }]));
  }

  /** Stores fetched days and refreshes the rollup of those days, in one transaction. */
  async saveDaily(rows: DailyMetricRow[]): Promise<void> {
    await this.db.transaction(async (manager) => {
      await this.upsertDaily(rows, manager);
      await this.refreshPlatformRollup([...new Set(rows.map((r) => r.date))], manager);
      await this.refreshCampaignRollup(rows, manager);
    });
  }

  /** Upsert by (publication, date): a re-synced day replaces the old numbers, never adds to them. */
  async upsertDaily(rows: DailyMetricRow[], manager: EntityManager = this.db.manager): Promise<void> {
    if (rows.length === 0) return;
    const col = <K extends keyof DailyMetricRow>(key: K) => rows.map((r) => r[key] ?? null);
    await manager.query(
      `INSERT INTO publication_metrics_daily
         (publication_id, date, impressions, reach, clicks, spend_minor, currency, spend_reporting_minor, conversions, unique_clicks, cpm_micros, frequency, synced_at)
       SELECT *, now() FROM unnest($1::uuid[], $2::date[], $3::bigint[], $4::bigint[], $5::bigint[], $6::bigint[], $7::char(3)[], $8::bigint[], $9::int[],
                                   $10::bigint[], $11::bigint[], $12::numeric[])
       ON CONFLICT (publication_id, date) DO UPDATE SET
         impressions = EXCLUDED.impressions, reach = EXCLUDED.reach, clicks = EXCLUDED.clicks,
         spend_minor = EXCLUDED.spend_minor, currency = EXCLUDED.currency,
         spend_reporting_minor = EXCLUDED.spend_reporting_minor, conversions = EXCLUDED.conversions,
         unique_clicks = EXCLUDED.unique_clicks, cpm_micros = EXCLUDED.cpm_micros, frequency = EXCLUDED.frequency, synced_at = now()`,
      [col('publicationId'), col('date'), col('impressions'), col('reach'), col('clicks'), col('spendMinor'), col('currency'), col('spendReportingMinor'), col('conversions'),
        col('uniqueClicks'), col('cpmMicros'), col('frequency')],
    );
  }

  /** Recomputes the per-day-per-platform rollup (delivery and applications) for the given days. */
  async refreshPlatformRollup(dates: string[], manager: EntityManager = this.db.manager): Promise<void> {
    if (dates.length === 0) return;
    await manager.query(`DELETE FROM metrics_daily_platform WHERE date = ANY($1::date[])`, [dates]);
    await manager.query(
      `INSERT INTO metrics_daily_platform (date, platform, impressions, reach, clicks, spend_reporting_minor, conversions, publications, applications)
       SELECT coalesce(d.date, a.date), coalesce(d.platform, a.platform), coalesce(d.impressions, 0), coalesce(d.reach, 0), coalesce(d.clicks, 0),
              coalesce(d.spend, 0), coalesce(d.conversions, 0), coalesce(d.publications, 0), coalesce(a.applications, 0)
       FROM (SELECT m.date, p.platform, sum(m.impressions) AS impressions, sum(m.reach) AS reach, sum(m.clicks) AS clicks,
                    sum(m.spend_reporting_minor) AS spend, sum(m.conversions) AS conversions, count(*) AS publications
             FROM publication_metrics_daily m JOIN campaign_publications p ON p.id = m.publication_id
             WHERE m.date = ANY($1::date[]) GROUP BY m.date, p.platform) d
       FULL JOIN (SELECT (a.created_at AT TIME ZONE 'UTC')::date AS date, p.platform, count(*) AS applications
                  FROM applications a JOIN campaign_publications p ON p.id = a.publication_id
                  WHERE a.created_at >= $2::date AND a.created_at < $3::date + 1
                    AND (a.created_at AT TIME ZONE 'UTC')::date = ANY($1::date[]) GROUP BY 1, 2) a
         ON a.date = d.date AND a.platform = d.platform`,
      [dates, dates.reduce((a, b) => (a < b ? a : b)), dates.reduce((a, b) => (a > b ? a : b))],
    );
  }

  /**
   * Recomputes the per-campaign-per-day rollup (delivery and applications) of the campaigns and days
   * the rows touch, from the daily table and the applications: a re-synced day replaces its numbers.
   */
  async refreshCampaignRollup(rows: readonly Pick<DailyMetricRow, 'publicationId' | 'date'>[], manager: EntityManager = this.db.manager): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `WITH keys AS (
         SELECT DISTINCT p.campaign_id, k.date
         FROM unnest($1::uuid[], $2::date[]) AS k(publication_id, date) JOIN campaign_publications p ON p.id = k.publication_id)
       INSERT INTO metrics_daily_campaign (campaign_id, date, impressions, clicks, spend_minor, spend_reporting_minor, applications)
       SELECT keys.campaign_id, keys.date, coalesce(d.impressions, 0), coalesce(d.clicks, 0), coalesce(d.spend_minor, 0),
              coalesce(d.spend_reporting_minor, 0), a.applications
       FROM keys
       CROSS JOIN LATERAL (
         SELECT sum(m.impressions) AS impressions, sum(m.clicks) AS clicks, sum(m.spend_minor) AS spend_minor, sum(m.spend_reporting_minor) AS spend_reporting_minor
         FROM publication_metrics_daily m JOIN campaign_publications p ON p.id = m.publication_id
         WHERE p.campaign_id = keys.campaign_id AND m.date = keys.date) d
       CROSS JOIN LATERAL (
         SELECT count(*) AS applications FROM applications a JOIN campaign_publications p ON p.id = a.publication_id
         WHERE p.campaign_id = keys.campaign_id
           AND a.created_at >= keys.date::timestamp AT TIME ZONE 'UTC' AND a.created_at < (keys.date + 1)::timestamp AT TIME ZONE 'UTC') a
       ON CONFLICT (campaign_id, date) DO UPDATE SET
         impressions = EXCLUDED.impressions, clicks = EXCLUDED.clicks, spend_minor = EXCLUDED.spend_minor,
         spend_reporting_minor = EXCLUDED.spend_reporting_minor, applications = EXCLUDED.applications`,
      [rows.map((r) => r.publicationId), rows.map((r) => r.date)],
    );
  }

  /** One more application on a day, counted on its platform's and its campaign's rollup rows (kept in step with the applications table). */
  async countApplication(date: string, publicationId: string, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query(
      `INSERT INTO metrics_daily_platform (date, platform, applications) SELECT $1, platform, 1 FROM campaign_publications WHERE id = $2
       ON CONFLICT (date, platform) DO UPDATE SET applications = metrics_daily_platform.applications + 1`,
      [date, publicationId],
    );
    await manager.query(
      `INSERT INTO metrics_daily_campaign (campaign_id, date, applications) SELECT campaign_id, $1, 1 FROM campaign_publications WHERE id = $2
       ON CONFLICT (campaign_id, date) DO UPDATE SET applications = metrics_daily_campaign.applications + 1`,
      [date, publicationId],
    );
  }
}
