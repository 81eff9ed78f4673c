import { randomBytes } from 'node:crypto';
import { MetricsRepository } from '../src/performance/sync/metrics.repository';
import { TestApp } from './harness';

/** A campaign of the performance-list tests: its publications' platforms and statuses, created `ageDays` ago. */
export interface ListCampaignSpec {
  name: string;
  jobId: string;
  publications: { connectionId: string; platform: 'meta' | 'google' | 'sandbox'; status: string }[];
  ageDays: number;
}

export async function insertJob(t: TestApp, title: string, status = 'open'): Promise<string> {
  const [job] = await t.dataSource.query(
    `INSERT INTO jobs (title, description, short_description, company, country_code, remote, employment_type, experience_level, application_url, status)
     VALUES ($1, 'd', 'd', 'Acme', 'US', 'remote', 'full_time', 'senior', 'https://jobs.acme.example/apply', $2) RETURNING id`,
    [title, status],
  );
  return job.id;
}

/** The campaign and its publications straight into the tables; returns the campaign id and publication ids. */
export async function insertCampaign(t: TestApp, spec: ListCampaignSpec): Promise<{ id: string; publicationIds: string[] }> {
  const [campaign] = await t.dataSource.query(
    `INSERT INTO campaigns (name, job_id, segment_ids, objective, daily_budget_minor, currency, starts_at, creative, created_at)
     VALUES ($1, $2, ARRAY[gen_random_uuid()], 'traffic', 5000, 'USD', now() - interval '20 days', '{"headline":"h","primaryText":"p","description":"d","callToAction":"APPLY_NOW"}',
             now() - make_interval(days => $3)) RETURNING id`,
    [spec.name, spec.jobId, spec.ageDays],
  );
  const publicationIds: string[] = [];
  for (const p of spec.publications) {
    const live = p.status !== 'draft';
    const [row] = await t.dataSource.query(
      `INSERT INTO campaign_publications (campaign_id, connection_id, platform, status, targeting, external_ids, idempotency_key, tracking_code, published_at)
       VALUES ($1, $2, $3, $4, '{"countries":["US"],"cities":[],"skills":[],"keywords":[]}', $5, $6, $7, CASE WHEN $8 THEN now() END) RETURNING id`,
      [campaign.id, p.connectionId, p.platform, p.status, live ? '{"campaign":"x-1","adset":"x-2","ad":"x-3"}' : '{}', randomBytes(12).toString('hex'), randomBytes(9).toString('base64url'), live],
    );
    publicationIds.push(row.id);
  }
  return { id: campaign.id, publicationIds };
}

/** Daily delivery through the metrics repository (as a sync stores it), which keeps the rollups in step. */
export async function deliver(t: TestApp, publicationId: string, days: { date: string; spendMinor: number; impressions: number; clicks: number }[]): Promise<void> {
  await t.app.get(MetricsRepository).saveDaily(days.map((d) => ({
    publicationId, date: d.date, impressions: d.impressions, reach: d.impressions, clicks: d.clicks,
    spendMinor: d.spendMinor, currency: 'USD', spendReportingMinor: d.spendMinor, conversions: 0,
  })));
}
