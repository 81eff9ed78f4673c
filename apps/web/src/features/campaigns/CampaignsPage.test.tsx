import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, meHandler, mockApi, problem, users } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';
import type { Campaign, CampaignPreview, Publication } from '../../api/hooks/campaigns';

// The list and detail pages settle several queries first; give a loaded machine time.
configure({ asyncUtilTimeout: 10_000 });

const CAMPAIGN_ID = '11111111-1111-4111-8111-111111111111';
const JOB_ID = '22222222-2222-4222-8222-222222222222';
const SEG_ID = '33333333-3333-4333-8333-333333333333';
const SANDBOX_ID = '44444444-4444-4444-8444-444444444444';
const META_ID = '55555555-5555-4555-8555-555555555555';

const publication = (over: Partial<Publication> = {}): Publication => ({
  id: '66666666-6666-4666-8666-666666666666', connectionId: SANDBOX_ID, connectionName: 'Sandbox', platform: 'sandbox', platformLabel: 'Sandbox', isSandbox: true,
  status: 'draft', targetStatus: 'active', targeting: { countries: [], cities: [{ name: 'Austin', countryCode: 'US', radiusKm: 40 }], skills: ['Nursing'], keywords: [] },
  externalIds: {}, attempts: 0, currentStep: null, lastError: null, lastErrorKind: null, trackingUrl: 'https://ads.example/r/abc', audienceSize: 120,
  queuedAt: null, publishedAt: null, statusChangedAt: '2026-12-01T10:00:00Z', updatedAt: '2026-12-01T10:00:00Z', ...over,
});

const campaign = (over: Partial<Campaign> = {}): Campaign => ({
  id: CAMPAIGN_ID, name: 'Nurses – Austin', job: { id: JOB_ID, title: 'Registered Nurse', status: 'open' }, segmentIds: [SEG_ID], objective: 'traffic',
  dailyBudgetMinor: 2500, currency: 'USD', totalBudgetMinor: null, startsAt: '2026-12-01T10:00:00Z', endsAt: null,
  creative: { headline: 'Nurse in Austin', primaryText: 'Join us', description: '', callToAction: 'APPLY_NOW', imageUrl: null, origin: 'manual' },
  status: 'draft', displayStatus: over.status ?? 'draft', publications: [publication()], createdAt: '2026-12-01T10:00:00Z', updatedAt: '2026-12-01T10:00:00Z', ...over,
});

const preview = (violations: CampaignPreview['publications'][number]['violations'] = []): CampaignPreview => ({
  audienceSize: 120, segmentPoolSize: 120, warnings: [],
  publications: [{
    connectionId: META_ID, connectionName: 'Clinic', platform: 'meta', platformLabel: 'Meta', isSandbox: false, audienceSize: 120,
    targeting: publication().targeting, spec: { job: { company: 'St. Mary' } }, payload: { campaign: { special_ad_categories: ['EMPLOYMENT'] } }, violations, checks: [],
  }],
});

describe('Campaigns list', () => {
  it('shows each campaign with its job, budget and status per platform', async () => {
    mockApi({
      'GET /api/auth/me': meHandler(users.viewer),
      'GET /api/campaigns': () => json({ items: [campaign({ status: 'active', publications: [publication({ status: 'active' }), publication({ id: 'p2', platform: 'meta', platformLabel: 'Meta', connectionName: 'Clinic', isSandbox: false, status: 'failed' })] })], nextCursor: null }),
    });
    renderApp('/campaigns');
    const row = (await screen.findByRole('rowheader', { name: 'Nurses – Austin' })).closest('tr')!;
    expect(within(row).getByRole('link', { name: 'Registered Nurse' })).toHaveAttribute('href', `/jobs/${JOB_ID}`);
    expect(within(row).getByText('$25.00 / day')).toBeInTheDocument();
    const pubs = within(row).getByRole('list', { name: 'Publications of Nurses – Austin' });
    expect(within(pubs).getByText('Simulated')).toBeInTheDocument();
    expect(within(pubs).getByText('Failed')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New campaign' })).not.toBeInTheDocument();
  });
});

describe('Campaign detail', () => {
  it('publishes a draft and shows publications, external ids and the timeline', async () => {
    let current = campaign();
    const server = mockApi({
      'GET /api/auth/me': meHandler(users.recruiter),
      [`GET /api/campaigns/${CAMPAIGN_ID}`]: () => json(current),
      [`GET /api/campaigns/${CAMPAIGN_ID}/events`]: () => json({ items: [{ id: '1', at: '2026-12-01T10:00:00Z', publicationId: null, type: 'created', level: 'info', message: 'Draft created for Sandbox.', details: {}, actor: 'rita@example.com' }], nextCursor: null }),
      [`GET /api/campaigns/${CAMPAIGN_ID}/targeting-preview`]: () => json(preview()),
      [`POST /api/campaigns/${CAMPAIGN_ID}/publish`]: () => {
        current = campaign({ status: 'active', publications: [publication({ status: 'active', externalIds: { campaign: 'sbx_campaign_1' }, attempts: 1, publishedAt: '2026-12-01T10:01:00Z' })] });
        return json(current, 202);
      },
      'GET /api/campaigns/11111111-1111-4111-8111-111111111111/metrics': () => problem(404, 'no metrics in this test'),
    });
    const { user } = renderApp(`/campaigns/${CAMPAIGN_ID}`);
    expect(await screen.findByText('Draft created for Sandbox.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Pause' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    expect(await screen.findByText('sbx_campaign_1')).toBeInTheDocument();
    expect(server.callsTo('POST', `/api/campaigns/${CAMPAIGN_ID}/publish`)).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publish' })).not.toBeInTheDocument();
  });

  it('a campaign published before its start reads "Scheduled (starts …)", not "Active", with last and next sync per publication', async () => {
    const startsAt = new Date(Date.now() + 2 * 3_600_000).toISOString();
    const live = publication({ status: 'active', externalIds: { campaign: 'sbx_1' }, attempts: 1, publishedAt: new Date().toISOString() });
    mockApi({
      'GET /api/auth/me': meHandler(users.recruiter),
      [`GET /api/campaigns/${CAMPAIGN_ID}`]: () => json(campaign({ status: 'active', displayStatus: 'scheduled', startsAt, publications: [live] })),
      [`GET /api/campaigns/${CAMPAIGN_ID}/events`]: () => json({ items: [], nextCursor: null }),
      [`GET /api/campaigns/${CAMPAIGN_ID}/targeting-preview`]: () => json(preview()),
      [`GET /api/campaigns/${CAMPAIGN_ID}/sync`]: () =>
        json({ campaignId: CAMPAIGN_ID, request: null, publications: [{ publicationId: live.id, lastSyncedAt: null, nextSyncAt: '2026-12-04T09:30:00Z' }] }),
      [`GET /api/campaigns/${CAMPAIGN_ID}/metrics`]: () => problem(404, 'no metrics in this test'),
    });
    renderApp(`/campaigns/${CAMPAIGN_ID}`);
    const header = await screen.findByRole('heading', { level: 1, name: 'Nurses – Austin' });
    expect(header.parentElement!.parentElement).toHaveTextContent(/Scheduled \(starts .+\)/);
    expect(header.parentElement!.parentElement).not.toHaveTextContent('Active');
    const table = screen.getByRole('table', { name: 'Publications by platform' });
    expect(within(table).getByText(/^Delivery starts /)).toBeInTheDocument();
    expect(await within(table).findByText(/Last synced/)).toHaveTextContent('Last synced never');
    expect(within(table).getByText(/^Next sync /)).toBeInTheDocument();
  });

  it('shows a failed publication with its error and offers to publish again', async () => {
    mockApi({
      'GET /api/auth/me': meHandler(users.recruiter),
      [`GET /api/campaigns/${CAMPAIGN_ID}`]: () => json(campaign({ status: 'failed', publications: [publication({ status: 'failed', lastError: 'Budget is too low', lastErrorKind: 'validation', currentStep: 'adset', attempts: 1 })] })),
      [`GET /api/campaigns/${CAMPAIGN_ID}/events`]: () => json({ items: [], nextCursor: null }),
      [`GET /api/campaigns/${CAMPAIGN_ID}/targeting-preview`]: () => json(preview()),
    });
    renderApp(`/campaigns/${CAMPAIGN_ID}`);
    expect(await screen.findByText(/Refused by the platform/)).toBeInTheDocument();
    expect(screen.getByText(/at adset: Budget is too low/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Publish again' })).toBeInTheDocument();
  });
});
