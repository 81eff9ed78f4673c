import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CampaignPerformancePage, CampaignPerformanceRow } from '../../../api/hooks/campaigns';
import { adsPlatformsHandler } from '../../../test/adsPlatformsFixture';
import { json, meHandler, mockApi, users, type Handler } from '../../../test/fakeApi';
import { renderApp } from '../../../test/renderApp';
import { campaign, publication } from '../testFixtures';

const id = (n: number) => `${String(n).repeat(8)}-1111-4111-8111-111111111111`;

const row = (n: number, name: string, over: Partial<CampaignPerformanceRow['figures']> = {}, status: 'active' | 'paused' | 'draft' = 'active'): CampaignPerformanceRow => ({
  campaign: campaign({ id: id(n), name, status, publications: [publication({ id: `p${n}`, status, targetStatus: status === 'paused' ? 'paused' : 'active' })] }),
  figures: { spendMinor: 123_456, impressions: 40_000, clicks: 800, applications: 16, ctr: 0.02, costPerApplicantMinor: 7716, ...over },
  pacing: status === 'draft' ? null : { spentMinor: 5000, budgetMinor: 20000, elapsedDays: 5, totalDays: 20, projectedMinor: 20000, spentShare: 0.25, status: 'on_track', currency: 'USD' },
});

const page = (items: CampaignPerformanceRow[], over: Partial<CampaignPerformancePage> = {}): CampaignPerformancePage => ({
  items, nextCursor: null, total: items.length, range: { from: '2026-11-05', to: '2026-12-04' }, currency: 'USD',
  facets: { status: [{ value: 'active', count: 2 }, { value: 'paused', count: 1 }], platform: [{ value: 'sandbox', count: 3 }, { value: 'meta', count: 1 }] },
  ...over,
});

const ROWS = [row(1, 'Nurses – Austin'), row(2, 'Drivers – Ohio', { spendMinor: 45, costPerApplicantMinor: null, applications: 0 }), row(3, 'Chefs – Lyon', {}, 'paused')];

function api(extra: Record<string, Handler> = {}, me = users.recruiter) {
  return mockApi({
    'GET /api/auth/me': meHandler(me),
    'GET /api/ads-platforms': adsPlatformsHandler,
    'GET /api/campaigns/performance': () => json(page(ROWS)),
    ...extra,
  });
}

const table = () => screen.findByRole('table', { name: 'Campaigns' });
const headers = async () => within(await table()).getAllByRole('columnheader').map((h) => h.textContent);

describe('Campaigns performance table', () => {
  beforeEach(() => localStorage.clear());

  it('shows each campaign with figures that adapt to the amount, and filters that count', async () => {
    api();
    renderApp('/campaigns');
    const nurses = (await screen.findByRole('rowheader', { name: 'Nurses – Austin' })).closest('tr')!;
    expect(within(nurses).getByText('$1.2K')).toHaveAttribute('title', '$1,234.56');
    expect(within(nurses).getByText('On track')).toBeInTheDocument();
    const drivers = screen.getByRole('rowheader', { name: 'Drivers – Ohio' }).closest('tr')!;
    expect(within(drivers).getByText('$0.45')).toBeInTheDocument();
    expect(within(screen.getByRole('combobox', { name: 'Status' })).getByRole('option', { name: 'Active (2)' })).toBeInTheDocument();
    expect(within(screen.getByRole('combobox', { name: 'Platform' })).getByRole('option', { name: 'Meta (1)' })).toBeInTheDocument();
    expect(screen.getByText('3 campaigns; spend in USD')).toBeInTheDocument();
  });

  it('sorts on the server when a header is clicked, and says so with aria-sort', async () => {
    const server = api();
    const { user } = renderApp('/campaigns?range=7d');
    await table();
    await user.click(screen.getByRole('button', { name: /^Spend/ }));
    await user.click(await screen.findByRole('button', { name: /^Spend/ }));
    const sorted = server.callsTo('GET', '/api/campaigns/performance').map((c) => [c.url.searchParams.get('sort'), c.url.searchParams.get('order')]);
    expect(sorted).toEqual([[null, null], ['spend', 'desc'], ['spend', 'asc']]);
    expect(server.calls.at(-1)!.url.searchParams.get('from')).not.toBeNull();
    expect(screen.getByRole('columnheader', { name: /^Spend/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('remembers the columns a user picks, per user', async () => {
    api();
    const { user, unmount } = renderApp('/campaigns');
    expect(await headers()).toContain('Clicks↕');
    expect(await headers()).not.toContain('Impressions↕');
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    await user.click(screen.getByRole('checkbox', { name: 'Clicks' }));
    await user.click(screen.getByRole('checkbox', { name: 'Job' }));
    expect(await headers()).not.toContain('Clicks↕');
    expect(await headers()).toContain('Job');
    expect(JSON.parse(localStorage.getItem(`adflux:campaign-columns:${users.recruiter.id}`)!)).not.toContain('clicks');
    unmount();
    renderApp('/campaigns');
    expect(await headers()).toContain('Job');
  });

  it('the switch pauses a live campaign and resumes a paused one through the campaign actions', async () => {
    const server = api({
      [`POST /api/campaigns/${id(1)}/pause`]: () => json(ROWS[0]!.campaign, 202),
      [`POST /api/campaigns/${id(3)}/resume`]: () => json(ROWS[2]!.campaign, 202),
    });
    const { user } = renderApp('/campaigns');
    const live = await screen.findByRole('switch', { name: 'Running: Nurses – Austin' });
    expect(live).toHaveAttribute('aria-checked', 'true');
    await user.click(live);
    const paused = screen.getByRole('switch', { name: 'Running: Chefs – Lyon' });
    expect(paused).toHaveAttribute('aria-checked', 'false');
    await user.click(paused);
    expect(server.callsTo('POST', `/api/campaigns/${id(1)}/pause`)).toHaveLength(1);
    expect(server.callsTo('POST', `/api/campaigns/${id(3)}/resume`)).toHaveLength(1);
  });

  it('bulk pause sends the selected campaigns and lists the ones refused', async () => {
    const server = api({
      'POST /api/campaigns/bulk-actions': () => json({
        action: 'pause', accepted: 1, refused: 1,
        results: [
          { campaignId: id(1), outcome: 'accepted', status: 202, detail: null, campaign: ROWS[0]!.campaign },
          { campaignId: id(3), outcome: 'conflict', status: 409, detail: 'Nothing to pause: no publication is in a status that allows it.', campaign: null },
        ],
      }),
    });
    const { user } = renderApp('/campaigns');
    await user.click(await screen.findByRole('checkbox', { name: 'Select Nurses – Austin' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Chefs – Lyon' }));
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    expect(within(bar).getByText('2 selected')).toBeInTheDocument();
    await user.click(within(bar).getByRole('button', { name: 'Pause' }));
    expect(await within(bar).findByText(/1 campaign pausing; 1 refused/)).toBeInTheDocument();
    expect(within(bar).getByText(/Chefs – Lyon: Nothing to pause/)).toBeInTheDocument();
    expect(server.callsTo('POST', '/api/campaigns/bulk-actions')[0]!.body).toEqual({ action: 'pause', campaignIds: [id(1), id(3)] });
  });

  it('viewers see the figures without switches, checkboxes or bulk actions', async () => {
    api({}, users.viewer);
    renderApp('/campaigns');
    await screen.findByRole('rowheader', { name: 'Nurses – Austin' });
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /Select/ })).not.toBeInTheDocument();
  });
});
