import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MetricTotals } from '../calc/kpis';
import { DateRange } from '../calc/periods';
import { breakdownSql, GroupBy, Metric, STAGE_TOTALS, timeseriesSql } from './dashboard-query';

export interface SeriesRow {
  date: string;
  key: string;
  label: string;
  value: number;
}

export interface GroupTotals extends MetricTotals {
  key: string;
  label: string;
}

/** A campaign's budget and schedule, for pacing. */
export interface CampaignBudgetRow {
  currency: string;
  daily_budget_minor: string | number;
  total_budget_minor: string | number | null;
  starts_at: Date;
  ends_at: Date | null;
}

type Numeric = Record<string, string | number | null>;
const num = (v: string | number | null | undefined) => Number(v ?? 0);

/** Dashboard reads. Totals across everything come from the per-platform rollup (a few rows a day). */
@Injectable()
export class DashboardRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async campaignBudget(campaignId: string): Promise<CampaignBudgetRow | null> {
    const [row]: CampaignBudgetRow[] = await this.db.query(
      `SELECT currency, daily_budget_minor, total_budget_minor, starts_at, ends_at FROM campaigns WHERE id = $1`,
      [campaignId],
    );
    return row ?? null;
  }

  /** The job's campaign ids, or null when the job does not exist. */
  async campaignIdsOfJob(jobId: string): Promise<string[] | null> {
    const [job] = await this.db.query(`SELECT id FROM jobs WHERE id = $1`, [jobId]);
    if (!job) return null;
    const campaigns: { id: string }[] = await this.db.query(`SELECT id FROM campaigns WHERE job_id = $1`, [jobId]);
    return campaigns.map((c) => c.id);
  }

  async totals(range: DateRange): Promise<MetricTotals> {
    const [[d], [s]]: Numeric[][] = await Promise.all([this.deliveryTotals(range), this.stageTotals(range)]);
    return {
      impressions: num(d!.impressions), reach: num(d!.reach), clicks: num(d!.clicks), spendMinor: num(d!.spend), conversions: num(d!.conversions),
      applications: num(d!.applications), screenings: num(s!.screenings), interviews: num(s!.interviews), offers: num(s!.offers), hires: num(s!.hires),
    };
  }

  private deliveryTotals(range: DateRange): Promise<Numeric[]> {
    return this.db.query(
      `SELECT sum(impressions) AS impressions, sum(reach) AS reach, sum(clicks) AS clicks, sum(spend_reporting_minor) AS spend,
              sum(conversions) AS conversions, sum(applications) AS applications
       FROM metrics_daily_platform WHERE date BETWEEN $1 AND $2`,
      [range.from, range.to],
    );
  }

  /** Attributed applications that reached each stage in the range: one index-only count per stage (partial indexes). */
  private stageTotals(range: DateRange): Promise<Numeric[]> {
    const counts = Object.entries(STAGE_TOTALS).map(([name, column]) =>
      `(SELECT count(*) FROM applications WHERE ${column} >= $1::date AND ${column} < $2::date + 1 AND publication_id IS NOT NULL) AS ${name}`);
    return this.db.query(`SELECT ${counts.join(', ')}`, [range.from, range.to]);
  }

  async counts(): Promise<{ activeCampaigns: number; openJobs: number }> {
    const [row]: Numeric[] = await this.db.query(
      `SELECT (SELECT count(DISTINCT campaign_id) FROM campaign_publications WHERE status = 'active') AS active_campaigns,
              (SELECT count(*) FROM jobs WHERE status = 'open') AS open_jobs`,
    );
    return { activeCampaigns: num(row!.active_campaigns), openJobs: num(row!.open_jobs) };
  }

  async timeseries(metric: Metric, groupBy: GroupBy, range: DateRange): Promise<SeriesRow[]> {
    // By platform is answered from the rollup: the hot dashboard chart.
    if (groupBy === 'platform') {
      const column = metric === 'spend' ? 'spend_reporting_minor' : metric;
      const rows: Numeric[] = await this.db.query(
        `SELECT date::text AS date, platform AS key, platform AS label, ${column} AS value FROM metrics_daily_platform WHERE date BETWEEN $1 AND $2 ORDER BY date, platform`,
        [range.from, range.to],
      );
      return rows.map(toSeriesRow);
    }
    return (await this.db.query(timeseriesSql(metric, groupBy), [range.from, range.to])).map(toSeriesRow);
  }

  async breakdown(groupBy: GroupBy, range: DateRange, campaignIds?: string[]): Promise<GroupTotals[]> {
    const filter = campaignIds ? 'AND c.id = ANY($3::uuid[])' : '';
    const params = campaignIds ? [range.from, range.to, campaignIds] : [range.from, range.to];
    const rows: Numeric[] = await this.db.query(breakdownSql(groupBy, filter), params);
    return rows.map((r) => ({
      key: String(r.key), label: String(r.label), impressions: num(r.impressions), reach: num(r.reach), clicks: num(r.clicks),
      spendMinor: Math.round(num(r.spend)), conversions: num(r.conversions), applications: num(r.applications),
      screenings: num(r.screenings), interviews: num(r.interviews), offers: num(r.offers), hires: num(r.hires),
    }));
  }

  async campaignSeries(campaignIds: string[], metric: Metric, range: DateRange): Promise<SeriesRow[]> {
    return (await this.db.query(timeseriesSql(metric, 'platform', 'AND c.id = ANY($3::uuid[])'), [range.from, range.to, campaignIds])).map(toSeriesRow);
  }

  /** Lifetime and recent spend of a campaign in its own currency's reporting equivalent, for pacing. */
  async campaignSpend(campaignId: string, recentFrom: string): Promise<{ total: number; recent: number }> {
    const [row]: Numeric[] = await this.db.query(
      `SELECT sum(m.spend_minor) AS total, sum(m.spend_minor) FILTER (WHERE m.date >= $2) AS recent
       FROM publication_metrics_daily m JOIN campaign_publications p ON p.id = m.publication_id WHERE p.campaign_id = $1`,
      [campaignId, recentFrom],
    );
    return { total: num(row!.total), recent: num(row!.recent) };
  }
}

function toSeriesRow(r: Numeric): SeriesRow {
  return { date: String(r.date), key: String(r.key), label: String(r.label), value: Math.round(num(r.value) * 100) / 100 };
}
