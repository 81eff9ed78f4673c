import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, meHandler, mockApi, problem, users } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';
import type { CampaignPreview } from '../../api/hooks/campaigns';
import { campaign, publication } from './testFixtures';

// The list and detail pages settle several queries first; give a loaded machine time.
configure({ asyncUtilTimeout: 10_000 });

const CAMPAIGN_ID = '11111111-1111-4111-8111-111111111111';
const META_ID = '55555555-5555-4555-8555-555555555555';

const preview = (violations: CampaignPreview['publications'][number]['violations'] = []): CampaignPreview => ({
  audienceSize: 120, segmentPoolSize: 120, warnings: [], fairnessWarnings: [],
  publications: [{
    connectionId: META_ID, connectionName: 'Clinic', platform: 'meta', platformLabel: 'Meta', isSandbox: false, audienceSize: 120,
    targeting: publication().targeting, spec: { job: { company: 'St. Mary' } }, payload: { campaign: { special_ad_categories: ['EMPLOYMENT'] } }, violations, checks: [],
  }],
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
