import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, meHandler, mockApi, problem, users } from '../../test/fakeApi';
import { adsPlatformsHandler } from '../../test/adsPlatformsFixture';
import { renderApp } from '../../test/renderApp';
import { CampaignMetricsPanel } from './CampaignMetricsPanel';
import { JobAdvertisingPanel } from './JobAdvertisingPanel';
import { SegmentPerformanceTable } from './SegmentPerformanceTable';
import { breakdownRow, campaignMetrics, kpis, pacing } from './testFixtures';

const CAMPAIGN = '00000000-0000-4000-8000-00000000000a';
const JOB = '00000000-0000-4000-8000-0000000000f1';
const SEGMENT = '00000000-0000-4000-8000-0000000000d1';
const rangeOf = (url: URL) => ({ from: url.searchParams.get('from')!, to: url.searchParams.get('to')! });
const noApplications = () => json({ items: [], nextCursor: null });

/**
 * The sync request as the API keeps it: POST saves it pending; the first `pendingReads` reads after
 * that still see it pending (the job runs), later reads see it done with `outcome`.
 */
function fakeSyncRequests(outcome: { impressions: number; clicks: number; spendReportingMinor: number }, pendingReads = 1) {
  let request: { requestedAt: string; doneAt: string | null; error: null; outcome: null | (typeof outcome & { currency: string }) } | null = null;
  let readsWhilePending = 0;
  return {
    post: () => {
      request = { requestedAt: '2026-12-04T08:00:00Z', doneAt: null, error: null, outcome: null };
      readsWhilePending = pendingReads;
      return json({ jobId: 'sync-1' }, 202);
    },
    get: () => {
      if (request && request.doneAt === null && readsWhilePending-- <= 0) request = { ...request, doneAt: '2026-12-04T08:00:05Z', outcome: { ...outcome, currency: 'USD' } };
      return json({ campaignId: CAMPAIGN, request, publications: [] });
    },
  };
}

describe('CampaignMetricsPanel', () => {
  function campaignApi(role: keyof typeof users, syncAnswer?: () => Response, outcome = { impressions: 4, clicks: 1, spendReportingMinor: 0 }, pendingReads = 1) {
    const requests = fakeSyncRequests(outcome, pendingReads);
    return mockApi({
      [`GET /api/campaigns/${CAMPAIGN}/sync`]: requests.get,
      'GET /api/auth/me': meHandler(users[role]),
      'GET /api/ads-platforms': adsPlatformsHandler,
      [`GET /api/campaigns/${CAMPAIGN}/metrics`]: (_req, url) =>
        json(campaignMetrics(CAMPAIGN, rangeOf(url), { pacing: pacing({ status: 'underspending' }) })),
      [`POST /api/campaigns/${CAMPAIGN}/sync`]: syncAnswer ?? requests.post,
      'GET /api/applications': () =>
        json({
          items: [
            {
              id: 'a1',
              publicationId: 'p1',
              campaignId: CAMPAIGN,
              platform: 'sandbox',
              trackingCode: 'tc',
              candidateEmail: 'ana@example.com',
              source: 'careers-site',
              externalId: null,
              createdAt: '2026-11-20T10:00:00Z',
            },
          ],
          nextCursor: null,
        }),
    });
  }
  const routes = [{ path: '/campaigns/:id', element: <CampaignMetricsPanel campaignId={CAMPAIGN} /> }];

  it('shows totals, pacing, per-platform figures and applications, and syncs on demand', async () => {
    const server = campaignApi('recruiter');
    const { user } = renderApp(`/campaigns/${CAMPAIGN}?range=7d`, routes);

    expect(await screen.findByRole('group', { name: 'Spend' }, { timeout: 5000 })).toHaveTextContent('$120');
    expect(screen.getByRole('group', { name: 'Cost per applicant' })).toHaveTextContent('$20');
    expect(screen.getByText('Underspending')).toBeInTheDocument();
    expect(screen.getByText('$120.00 of $300.00')).toBeInTheDocument();
    const platforms = screen.getByRole('table', { name: 'Campaign metrics by platform' });
    expect(within(platforms).getByRole('rowheader', { name: 'Sandbox' })).toBeInTheDocument();
    const csv = screen.getByRole('link', { name: 'Export CSV: campaign metrics by platform' });
    // The visible headers, money in units with its currency (not minor-unit integers).
    expect(decodeURIComponent(csv.getAttribute('href')!)).toContain('Platform,Spend (USD),Impressions,Clicks,CTR,CPC (USD),Applications,Cost per applicant (USD),Application rate,Interviews,Cost per interview (USD),Hires,Cost per hire (USD)\r\nSandbox,120,');
    expect(await screen.findByRole('cell', { name: 'ana@example.com' })).toBeInTheDocument();
    const applicationsCsv = decodeURIComponent(screen.getByRole('link', { name: 'Export CSV: applications' }).getAttribute('href')!);
    expect(applicationsCsv).toMatch(/^data:text\/csv;charset=utf-8,Received,Candidate,Source,Platform\r\n.*,ana@example\.com,/);
    expect(rangeOf(server.callsTo('GET', `/api/campaigns/${CAMPAIGN}/metrics`)[0]!.url).from).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await user.click(screen.getByRole('button', { name: 'Sync now' }));
    // The result comes once the job has run (the saved request is done), not when the job was queued.
    await waitFor(() => expect(screen.getAllByRole('status').some((s) => s.textContent === 'Synced: +4 impressions, +1 click')).toBe(true), { timeout: 6000 });
    expect(server.callsTo('POST', `/api/campaigns/${CAMPAIGN}/sync`)).toHaveLength(1);
    expect(server.callsTo('GET', `/api/campaigns/${CAMPAIGN}/sync`).length).toBeGreaterThanOrEqual(2);
  });

  it('a sync that brought nothing before the start says when delivery starts', async () => {
    campaignApi('recruiter', undefined, { impressions: 0, clicks: 0, spendReportingMinor: 0 });
    const startsAt = new Date(Date.now() + 3 * 3_600_000).toISOString();
    const { user } = renderApp(`/campaigns/${CAMPAIGN}`, [{ path: '/campaigns/:id', element: <CampaignMetricsPanel campaignId={CAMPAIGN} startsAt={startsAt} /> }]);
    await user.click(await screen.findByRole('button', { name: 'Sync now' }));
    await waitFor(() => expect(screen.getAllByRole('status').some((s) => /^Nothing new: delivery starts /.test(s.textContent ?? ''))).toBe(true), { timeout: 6000 });
  });

  it('says the result of a sync whose job was done before the first read after the click', async () => {
    // Nothing to fetch before the start: the worker can finish before the page's refetch, which
    // then never sees the request pending (the e2e suite waited 150 s for this once).
    campaignApi('recruiter', undefined, { impressions: 0, clicks: 0, spendReportingMinor: 0 }, 0);
    const startsAt = new Date(Date.now() + 3 * 3_600_000).toISOString();
    const { user } = renderApp(`/campaigns/${CAMPAIGN}`, [{ path: '/campaigns/:id', element: <CampaignMetricsPanel campaignId={CAMPAIGN} startsAt={startsAt} /> }]);
    await user.click(await screen.findByRole('button', { name: 'Sync now' }));
    await waitFor(() => expect(screen.getAllByRole('status').some((s) => /^Nothing new: delivery starts /.test(s.textContent ?? ''))).toBe(true), { timeout: 6000 });
  });

  it('says why a sync was refused', async () => {
    campaignApi('admin', () => problem(429, 'This campaign was synced less than a minute ago.'));
    const { user } = renderApp(`/campaigns/${CAMPAIGN}`, routes);
    await user.click(await screen.findByRole('button', { name: 'Sync now' }));
    expect(await screen.findByText('This campaign was synced less than a minute ago.')).toBeInTheDocument();
  });

  it('has no Sync button for viewers', async () => {
    campaignApi('viewer');
    renderApp(`/campaigns/${CAMPAIGN}`, routes);
    await screen.findByRole('group', { name: 'Spend' }, { timeout: 5000 });
    expect(screen.queryByRole('button', { name: 'Sync now' })).not.toBeInTheDocument();
  });
});

describe('JobAdvertisingPanel', () => {
  it('shows what each campaign of the job cost and brought', async () => {
    mockApi({
      'GET /api/auth/me': meHandler(users.viewer),
      [`GET /api/jobs/${JOB}/metrics`]: (_req, url) =>
        json({
          jobId: JOB,
          range: rangeOf(url),
          currency: 'USD',
          totals: kpis({ spendMinor: 9_000, applications: 3, clicks: 90, impressions: 900 }),
          byCampaign: [breakdownRow(CAMPAIGN, 'Nurses Austin', { spendMinor: 9_000, applications: 3, clicks: 90, impressions: 900 })],
          spend: [{ date: rangeOf(url).to, key: 'meta', label: 'meta', value: 9_000 }],
        }),
      'GET /api/applications': noApplications,
    });
    renderApp(`/jobs/${JOB}`, [{ path: '/jobs/:id', element: <JobAdvertisingPanel jobId={JOB} /> }]);

    expect(await screen.findByRole('heading', { name: 'Advertising', level: 2 })).toBeInTheDocument();
    expect(await screen.findByRole('group', { name: 'Cost per applicant' }, { timeout: 5000 })).toHaveTextContent('$30');
    const table = screen.getByRole('table', { name: 'Advertising by campaign' });
    expect(within(table).getByRole('link', { name: 'Nurses Austin' })).toHaveAttribute('href', `/campaigns/${CAMPAIGN}`);
    expect(screen.getByRole('img', { name: /Spend per day, .*: \$90\.00 in total\./ })).toBeInTheDocument();
    expect(await screen.findByText('No applications yet.')).toBeInTheDocument();
  });
});

describe('SegmentPerformanceTable', () => {
  it('compares segments by cost per applicant, marking the current one', async () => {
    const server = mockApi({
      'GET /api/auth/me': meHandler(users.viewer),
      'GET /api/dashboard/breakdown': (_req, url) =>
        json({
          by: 'segment',
          range: rangeOf(url),
          currency: 'USD',
          rows: [
            breakdownRow('s-other', 'Night nurses', { spendMinor: 10_000, applications: 1, clicks: 50 }),
            breakdownRow(SEGMENT, 'Senior nurses', { spendMinor: 10_000, applications: 4, clicks: 80 }),
            breakdownRow('s-none', 'Students', { spendMinor: 3_000, applications: 0, clicks: 10 }),
          ],
        }),
    });
    const { user } = renderApp(`/segments/${SEGMENT}`, [
      { path: '/segments/:id', element: <SegmentPerformanceTable segmentId={SEGMENT} /> },
    ]);

    const figure = await screen.findByRole('figure', { name: 'Cost per applicant by segment' });
    await waitFor(() =>
      expect(within(figure).getByRole('img')).toHaveAccessibleName(
        'Cost per applicant by segment: Senior nurses $25.00; Night nurses $100.00.',
      ),
    );
    expect(server.callsTo('GET', '/api/dashboard/breakdown')[0]!.url.searchParams.get('by')).toBe('segment');

    await user.click(within(figure).getByRole('button', { name: 'Show table: Cost per applicant by segment' }));
    const rows = within(within(figure).getByRole('table')).getAllByRole('rowheader');
    expect(rows.map((r) => r.textContent)).toEqual(['Senior nursesThis segment', 'Night nurses', 'Students']);
    expect(within(rows[1]!).getByRole('link')).toHaveAttribute('href', '/segments/s-other');
    expect(within(rows[0]!).queryByRole('link')).not.toBeInTheDocument();
    const csv = decodeURIComponent(within(figure).getByRole('link', { name: 'Export CSV: performance by segment' }).getAttribute('href')!);
    const lines = csv.replace('data:text/csv;charset=utf-8,', '').split('\r\n');
    expect(lines[0]).toBe('Segment,Spend (USD),Impressions,Clicks,CTR,CPC (USD),Applications,Cost per applicant (USD),Application rate,Interviews,Cost per interview (USD),Hires,Cost per hire (USD)');
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['Senior nurses', 'Night nurses', 'Students', '']);
  });
});
