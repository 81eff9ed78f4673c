import { randomBytes } from 'node:crypto';
import type { AdsPlatform, DailyInsight } from '../src/ads-platforms/ads-platform.port';
import { addDays, toDay } from '../src/performance/calc/periods';
import { Session, TestApp } from './harness';

/** A sandbox connection created through the API, as an admin would. */
export async function createSandboxConnection(admin: Session, name = 'Sandbox perf'): Promise<string> {
  const res = await admin.post('/api/platform-connections', { kind: 'sandbox', name, sandbox: { currency: 'USD' } }).expect(201);
  return res.body.id;
}

/** An open job, a campaign and one active publication per connection, straight into the tables. */
export async function seedLiveCampaign(t: TestApp, connectionId: string, options: { totalBudgetMinor?: number; applicationUrl?: string } = {}) {
  const [job] = await t.dataSource.query(
    `INSERT INTO jobs (title, description, short_description, company, country_code, remote, employment_type, experience_level, application_url, status)
     VALUES ('Backend engineer', 'Build APIs', 'Build APIs', 'Acme', 'US', 'remote', 'full_time', 'senior', $1, 'open') RETURNING id`,
    [options.applicationUrl ?? 'https://jobs.acme.example/apply?ref=42'],
  );
  const [campaign] = await t.dataSource.query(
    `INSERT INTO campaigns (name, job_id, segment_ids, objective, daily_budget_minor, currency, total_budget_minor, starts_at, creative)
     VALUES ('Backend US', $1, ARRAY[gen_random_uuid()], 'traffic', 5000, 'USD', $2, now() - interval '10 days', '{}') RETURNING id`,
    [job.id, options.totalBudgetMinor ?? null],
  );
  const trackingCode = randomBytes(9).toString('base64url');
  const [publication] = await t.dataSource.query(
    `INSERT INTO campaign_publications (campaign_id, connection_id, platform, status, targeting, external_ids, idempotency_key, tracking_code, published_at)
     VALUES ($1, $2, 'sandbox', 'active', '{}', '{"campaign":"sbx-1","adset":"sbx-2","ad":"sbx-3"}', $3, $4, now()) RETURNING id`,
    [campaign.id, connectionId, randomBytes(12).toString('hex'), trackingCode],
  );
  return { jobId: job.id as string, campaignId: campaign.id as string, publicationId: publication.id as string, trackingCode };
}

/** What a fixed platform delivers a day; the optional metrics default to "not reported" (null). */
type FixedDay = Omit<DailyInsight, 'date' | 'currency' | 'uniqueClicks' | 'cpmMicros' | 'frequency'> & Partial<Pick<DailyInsight, 'uniqueClicks' | 'cpmMicros' | 'frequency'>>;

/** A platform whose daily delivery is fixed, counting insight fetches. */
export function fixedDeliveryPlatform(perDay: FixedDay): AdsPlatform & { calls: number } {
  const platform = {
    kind: 'sandbox' as const,
    steps: ['campaign'] as const,
    calls: 0,
    verify: async () => ({ ok: true, detail: 'fake' }),
    runStep: async () => 'x',
    setStatus: async () => undefined,
    update: async () => ({}),
    fetchInsights: async (_ids: unknown, from: string, to: string): Promise<DailyInsight[]> => {
      platform.calls++;
      const days: DailyInsight[] = [];
      for (let d = from; d <= to; d = addDays(d, 1)) days.push({ uniqueClicks: null, cpmMicros: null, frequency: null, ...perDay, date: d, currency: 'USD' });
      return days;
    },
  };
  return platform;
}

export const today = () => toDay(new Date());

export async function waitFor<T>(probe: () => Promise<T | undefined | null | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}
