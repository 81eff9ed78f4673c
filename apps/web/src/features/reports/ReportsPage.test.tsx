import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ReportRow } from '../../api/hooks/reports';
import { json, meHandler, mockApi, users } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';
import { presetRange, todayUtc } from '../dashboard/dateRange';

const CAMPAIGN = '00000000-0000-4000-8000-00000000000a';

function reportRow(level: ReportRow['level'], key: string, label: string, over: Partial<ReportRow> = {}): ReportRow {
  return {
    level, key, label, parentKey: null, platform: null, candidates: null, spendMinor: 0, impressions: 0, reach: null, reachIsDailySum: false,
    frequency: null, clicks: 0, uniqueClicks: null, conversions: 0, ctr: null, uniqueCtr: null, cpmMinor: null, cpcMinor: null, applications: 0,
    screenings: 0, interviews: 0, offers: 0, hires: 0, costPerApplicantMinor: null, costPerInterviewMinor: null, costPerHireMinor: null,
    applicationRate: null, screeningRate: null, interviewRate: null, offerRate: null, hireRate: null, ...over,
  };
}

const CAMPAIGN_ROWS = [
  reportRow('campaign', CAMPAIGN, 'Nurses Austin', { spendMinor: 13_500, impressions: 9000, reach: 1500, reachIsDailySum: true, frequency: 2, clicks: 180, uniqueClicks: 45, cpmMinor: 1500, applications: 4, costPerApplicantMinor: 3375, hires: 1, costPerHireMinor: 13_500 }),
  reportRow('platform', `${CAMPAIGN}:google`, 'google', { parentKey: CAMPAIGN, platform: 'google', spendMinor: 9000, impressions: 6000, clicks: 120, cpmMinor: 1500 }),
];

function reportsApi(rows: Record<string, ReportRow[]>) {
  return mockApi({
    'GET /api/auth/me': meHandler(users.viewer),
    ...Object.fromEntries(
      Object.entries(rows).map(([kind, list]) => [
        `GET /api/reports/${kind}`,
        (_req: Request, url: URL) => json({ kind, range: { from: url.searchParams.get('from'), to: url.searchParams.get('to') }, currency: 'USD', rows: list }),
      ]),
    ),
  });
}

const csvOf = (link: HTMLElement) => decodeURIComponent(link.getAttribute('href')!.replace(/^data:text\/csv;charset=utf-8,/, ''));

describe('ReportsPage', () => {
  it('shows the campaign report for the period in the URL: nested rows, "—" where a platform reports nothing, Σ on summed reach, and its CSV', async () => {
    const api = reportsApi({ campaigns: CAMPAIGN_ROWS });
    renderApp('/reports?range=7d');
    const table = await screen.findByRole('table', { name: 'Report per campaign' }, { timeout: 5000 });
    expect(api.callsTo('GET', '/api/reports/campaigns')[0]!.url.searchParams.get('from')).toBe(presetRange('7d', todayUtc()).from);

    const campaign = within(table).getByRole('row', { name: /Nurses Austin/ });
    expect(within(campaign).getByRole('link', { name: 'Nurses Austin' })).toHaveAttribute('href', `/campaigns/${CAMPAIGN}`);
    expect(campaign).toHaveTextContent('1,500Σ (sum of daily reach)');
    expect(campaign).toHaveTextContent('$15.00'); // CPM
    expect(campaign).toHaveTextContent('$33.75'); // cost per applicant
    const google = within(table).getAllByRole('row')[2]!;
    const cells = within(google).getAllByRole('cell').map((c) => c.textContent);
    expect(cells.slice(2, 4)).toEqual(['—', '—']); // reach and frequency: not reported, not 0
    expect(screen.getByText(/sum of daily reach, an upper bound/)).toBeInTheDocument();

    const csv = csvOf(screen.getByRole('link', { name: 'Export CSV: report per campaign' })).split('\r\n');
    expect(csv[0]).toBe('Campaign / platform / ad set,Spend (USD),Impressions,Reach,Frequency,Clicks,Unique clicks,CTR,CPM (USD),CPC (USD),Applicants,Cost per applicant (USD),Hires,Cost per hire (USD)');
    expect(csv[1]).toBe('Nurses Austin,135,9000,1500,2,180,45,,15,,4,33.75,1,135');
    expect(csv[2]).toMatch(/^.+,90,6000,,,120,,/);
  });

  it('switches to the job report (tab in the URL); an empty report says so and still exports its header row', async () => {
    const api = reportsApi({ campaigns: CAMPAIGN_ROWS, jobs: [] });
    const { user, router } = renderApp('/reports?range=30d');
    await screen.findByRole('table', { name: 'Report per campaign' }, { timeout: 5000 });
    await user.click(screen.getByRole('tab', { name: 'Jobs' }));
    expect(await screen.findByText('No job was advertised in this period.')).toBeInTheDocument();
    expect(router.state.location.search).toContain('tab=jobs');
    expect(api.callsTo('GET', '/api/reports/jobs')[0]!.url.searchParams.get('to')).toBe(todayUtc());
    const csv = csvOf(screen.getByRole('link', { name: 'Export CSV: report per job' }));
    expect(csv).toBe('Job / campaign,Spend (USD),Clicks,CTR,Applied,Screening,Interview,Offer,Hired,Applied → screening,Offer → hired,Cost per applicant (USD),Cost per interview (USD),Cost per hire (USD)\r\n');
  });

  it('offers a printable view and is in the main navigation', async () => {
    reportsApi({ campaigns: [], segments: [] });
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = renderApp('/reports?tab=segments');
    expect(await screen.findByText('No targeted segment had delivery or applicants in this period.', undefined, { timeout: 5000 })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Reports' })).toHaveAttribute('href', '/reports');
  });

  it('"Print all" shows every report and opens the print dialog once all are loaded, then returns to the tabs', async () => {
    const api = reportsApi({ campaigns: CAMPAIGN_ROWS, jobs: [], segments: [] });
    // What the print dialog would see: every report's table, not a loading state.
    const tablesAtPrint: string[] = [];
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      tablesAtPrint.push(...screen.queryAllByRole('table').map((t) => t.getAttribute('aria-label') ?? t.querySelector('caption')?.textContent ?? ''));
    });
    const { user } = renderApp('/reports');
    await screen.findByRole('table', { name: 'Report per campaign' }, { timeout: 5000 });
    await user.click(screen.getByRole('button', { name: 'Print all' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(tablesAtPrint).toEqual(['Report per campaign', 'Report per job', 'Report per segment']);
    for (const name of ['Report per campaign', 'Report per job', 'Report per segment']) expect(screen.getByRole('table', { name })).toBeInTheDocument();
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
    for (const kind of ['jobs', 'segments']) expect(api.callsTo('GET', `/api/reports/${kind}`).length).toBeGreaterThan(0);
    fireEvent(window, new Event('afterprint'));
    expect(await screen.findByRole('tablist', { name: 'Reports' })).toBeInTheDocument();
    expect(print).toHaveBeenCalledTimes(1);
  });
});
