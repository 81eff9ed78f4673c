import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, meHandler, mockApi, problem, users } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';
import type { CampaignPreview } from '../../api/hooks/campaigns';
import { campaign, publication } from './testFixtures';

const CAMPAIGN_ID = '11111111-1111-4111-8111-111111111111';
const JOB_ID = '22222222-2222-4222-8222-222222222222';
const SEG_ID = '33333333-3333-4333-8333-333333333333';
const META_ID = '55555555-5555-4555-8555-555555555555';

const preview = (violations: CampaignPreview['publications'][number]['violations'] = []): CampaignPreview => ({
  audienceSize: 120,
  publications: [{
    connectionId: META_ID, connectionName: 'Clinic', platform: 'meta', platformLabel: 'Meta', isSandbox: false,
    targeting: publication().targeting, spec: { job: { company: 'St. Mary' } }, payload: { campaign: { special_ad_categories: ['EMPLOYMENT'] } }, violations,
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

describe('New campaign wizard', () => {
  it('walks job → segments → platforms → budget → creative with live compliance warnings', async () => {
    const server = mockApi({
      'GET /api/auth/me': meHandler(users.recruiter),
      'GET /api/jobs': () => json({ items: [{ id: JOB_ID, title: 'Registered Nurse', company: 'St. Mary', location: { city: 'Austin', region: null, countryCode: 'US' }, status: 'open' }], nextCursor: null }),
      [`GET /api/jobs/${JOB_ID}/segment-suggestions`]: () => json([{ segmentId: SEG_ID, name: 'Pediatric nurses', size: 120, share: 0.2, score: 0.9, skillsScore: 1, experienceScore: 1, locationScore: 0.6, matchedSkills: ['Nursing'], topSkills: ['Nursing'], topCountries: ['US'], medianExperienceYears: 4 }]),
      'GET /api/platform-connections': () => json({ items: [{ id: META_ID, kind: 'meta', name: 'Clinic', label: 'Meta', isSandbox: false, status: 'connected', statusDetail: null, account: { currency: 'USD' }, secrets: {}, lastVerifiedAt: null, createdAt: '', updatedAt: '', archivedAt: null }], nextCursor: null }),
      'POST /api/campaigns/preview': async (request) => {
        const body = (await request.json()) as { creative?: { headline?: string } };
        const long = (body.creative?.headline ?? '').length > 40;
        return json(preview(long ? [{ field: 'creative.headline', message: 'Meta allows at most 40 characters here (this has 52).' }] : []));
      },
    });
    const { user } = renderApp(`/campaigns/new?jobId=${JOB_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('checkbox', { name: /Pediatric nurses — 90 % match/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Meta · Clinic' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.type(screen.getByRole('textbox', { name: 'Campaign name' }), 'Nurses');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.type(screen.getByRole('textbox', { name: 'Headline' }), 'Registered Nurse – pediatric ward, Austin TX, join');
    expect(await screen.findByText(/Meta allows at most 40 characters/)).toBeInTheDocument();
    const last = server.callsTo('POST', '/api/campaigns/preview').at(-1)!;
    expect(last.body).toMatchObject({ jobId: JOB_ID, segmentIds: [SEG_ID], connectionIds: [META_ID], currency: 'USD', dailyBudgetMinor: 2500 });
  });
});
