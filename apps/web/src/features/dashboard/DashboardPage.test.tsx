import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, meHandler, mockApi, users } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';
import { presetRange, todayUtc } from './dateRange';
import { breakdownRow, campaignMetrics, kpis, pacing, summary } from './testFixtures';

const CAMPAIGN_A = '00000000-0000-4000-8000-00000000000a';
const CAMPAIGN_B = '00000000-0000-4000-8000-00000000000b';
// The first render of a page full of charts is slow in jsdom on a busy machine.
const findCard = (name: string) => screen.findByRole('group', { name }, { timeout: 5000 });
const rangeOf = (url: URL) => ({ from: url.searchParams.get('from')!, to: url.searchParams.get('to')! });

function dashboardApi(role: keyof typeof users = 'recruiter') {
  return mockApi({
    'GET /api/auth/me': meHandler(users[role]),
    'GET /api/dashboard/summary': (_req, url) =>
      json(
        summary(
          rangeOf(url),
          kpis({ impressions: 20_000, clicks: 500, spendMinor: 150_000, applications: 30 }),
          kpis({ impressions: 10_000, clicks: 500, spendMinor: 100_000, applications: 0 }),
        ),
      ),
    'GET /api/dashboard/timeseries': (_req, url) => {
      const range = rangeOf(url);
      const metric = url.searchParams.get('metric');
      const value = metric === 'spend' ? 150_000 : metric === 'clicks' ? 500 : 30;
      return json({
        metric,
        groupBy: 'platform',
        range,
        currency: 'USD',
        rows: [{ date: range.to, key: 'sandbox', label: 'sandbox', value }],
      });
    },
    'GET /api/dashboard/breakdown': (_req, url) =>
      json({
        by: url.searchParams.get('by'),
        range: rangeOf(url),
        currency: 'USD',
        rows:
          url.searchParams.get('by') === 'campaign'
            ? [
                breakdownRow(CAMPAIGN_A, 'Nurses Austin', { spendMinor: 100_000, applications: 25, clicks: 300 }),
                breakdownRow(CAMPAIGN_B, 'Drivers Ohio', { spendMinor: 50_000, applications: 5, clicks: 200 }),
              ]
            : [breakdownRow('sandbox', 'sandbox', { spendMinor: 150_000, applications: 30, clicks: 500, impressions: 20_000 })],
      }),
    'GET /api/campaigns': () =>
      json({
        items: [
          { id: CAMPAIGN_B, name: 'Drivers Ohio' },
          { id: CAMPAIGN_A, name: 'Nurses Austin' },
        ],
        nextCursor: null,
      }),
    [`GET /api/campaigns/${CAMPAIGN_A}/metrics`]: (_req, url) =>
      json(
        campaignMetrics(CAMPAIGN_A, rangeOf(url), {
          pacing: pacing({ status: 'overspending', spentMinor: 100_000, budgetMinor: 150_000 }),
        }),
      ),
    [`GET /api/campaigns/${CAMPAIGN_B}/metrics`]: (_req, url) => json(campaignMetrics(CAMPAIGN_B, rangeOf(url))),
  });
}

describe('DashboardPage', () => {
  it('shows KPI cards with their changes, charts with CSV exports, rankings and budget pacing', async () => {
    const server = dashboardApi('viewer');
    renderApp('/dashboard');

    const spend = await findCard('Spend');
    expect(spend).toHaveTextContent('$1.5K');
    expect(spend).toHaveTextContent('+50%vs previous 30 days (was $1K)');
    expect(screen.getByRole('group', { name: 'Applications' })).toHaveTextContent('30No comparison: nothing in the previous 30 days');
    expect(screen.getByRole('group', { name: 'Cost per applicant' })).toHaveTextContent('$50');
    expect(screen.getByRole('group', { name: 'Click-through rate' })).toHaveTextContent('2.5%');
    expect(screen.getByText('2 active campaigns · 3 open jobs')).toBeInTheDocument();

    const { from, to } = presetRange('30d', todayUtc());
    expect(rangeOf(server.callsTo('GET', '/api/dashboard/summary')[0]!.url)).toEqual({ from, to });
    const spendChart = await screen.findByRole('figure', { name: 'Spend per day' });
    const spendCsv = decodeURIComponent(within(spendChart).getByRole('link', { name: 'Export CSV: spend per day' }).getAttribute('href')!);
    // Every day of the period (header kept), money in units with the currency in the headers.
    expect(spendCsv.split('\r\n')[0]).toMatch(/^data:text\/csv;charset=utf-8,Date,.*\(USD\)/);
    expect(spendCsv.split('\r\n').filter(Boolean)).toHaveLength(31);
    expect(await within(spendChart).findByRole('img', { name: /Spend per day, .*: \$1,500\.00 in total\./ })).toBeInTheDocument();

    const top = screen.getByRole('figure', { name: 'Top campaigns' });
    expect(within(top).getByRole('img')).toHaveAccessibleName('Top campaigns: Nurses Austin $40.00; Drivers Ohio $100.00.');
    expect(
      within(screen.getByRole('figure', { name: 'Worst campaigns' })).getByText('Every campaign with spend is already among the top ones.'),
    ).toBeInTheDocument();

    const pacingTable = await screen.findByRole('table', { name: 'Budget pacing of active campaigns' });
    // Ordered by spend in the period: Nurses Austin first.
    const rows = within(pacingTable).getAllByRole('row').slice(1);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('Nurses Austin');
    await waitFor(() => expect(rows[0]).toHaveTextContent('Overspending'));
    expect(rows[0]).toHaveTextContent('$1,000.00$1,500.00');
    expect(rows[1]).toHaveTextContent('On track');
  });

  it('keeps the period in the URL: presets apply at once, a custom range after validation', async () => {
    const server = dashboardApi();
    const { user, router } = renderApp('/dashboard');
    await findCard('Spend');

    await user.click(screen.getByRole('radio', { name: 'Last 7 days' }));
    expect(router.state.location.search).toBe('?range=7d');
    const week = presetRange('7d', todayUtc());
    await waitFor(() => expect(server.callsTo('GET', '/api/dashboard/summary').map((c) => rangeOf(c.url))).toContainEqual(week));
    await waitFor(() => expect(screen.getByRole('group', { name: 'Spend' })).toHaveTextContent('vs previous 7 days'));

    await user.click(screen.getByRole('radio', { name: 'Custom' }));
    const fromInput = screen.getByLabelText('From');
    await user.clear(fromInput);
    await user.type(fromInput, '2026-03-10');
    const toInput = screen.getByLabelText('To');
    await user.clear(toInput);
    await user.type(toInput, '2026-03-01');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(fromInput).toHaveAccessibleDescription('The start date must be on or before the end date.');
    expect(fromInput).toHaveFocus();
    expect(router.state.location.search).toBe('?range=7d');

    await user.clear(toInput);
    await user.type(toInput, '2026-03-31');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(router.state.location.search).toBe('?from=2026-03-10&to=2026-03-31');
    await waitFor(() =>
      expect(server.callsTo('GET', '/api/dashboard/summary').map((c) => rangeOf(c.url))).toContainEqual({
        from: '2026-03-10',
        to: '2026-03-31',
      }),
    );
    expect(screen.getByRole('radio', { name: 'Custom' })).toBeChecked();
  });

  it('opens a custom range from a shared link', async () => {
    const server = dashboardApi();
    renderApp('/dashboard?from=2026-01-01&to=2026-01-31');
    await findCard('Spend');
    expect(rangeOf(server.callsTo('GET', '/api/dashboard/summary')[0]!.url)).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    expect(screen.getByRole('radio', { name: 'Custom' })).toBeChecked();
    expect(screen.getByLabelText('From')).toHaveValue('2026-01-01');
  });
});
