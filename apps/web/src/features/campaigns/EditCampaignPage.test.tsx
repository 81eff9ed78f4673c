import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Campaign, Publication } from '../../api/hooks/campaigns';
import { json, meHandler, mockApi, users } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';
import { liveEditBody, validateLiveEdit } from './useLiveCampaignEdit';
import { campaignToForm } from './campaignForm';

configure({ asyncUtilTimeout: 10_000 });
const SLOW_MS = 60_000;

const CAMPAIGN_ID = '11111111-1111-4111-8111-111111111111';
const JOB_ID = '22222222-2222-4222-8222-222222222222';
const SANDBOX_ID = '44444444-4444-4444-8444-444444444444';

const publication = (over: Partial<Publication> = {}): Publication => ({
  id: '66666666-6666-4666-8666-666666666666', connectionId: SANDBOX_ID, connectionName: 'Sandbox', platform: 'sandbox', platformLabel: 'Sandbox', isSandbox: true,
  status: 'active', targetStatus: 'active', targeting: { countries: [], cities: [{ name: 'Austin', countryCode: 'US', radiusKm: 40 }], skills: ['Nursing'], keywords: [] },
  externalIds: { campaign: 'c1' }, attempts: 1, currentStep: null, lastError: null, lastErrorKind: null, trackingUrl: 'https://ads.example/r/abc', audienceSize: 120,
  queuedAt: null, publishedAt: '2026-12-01T10:00:00Z', statusChangedAt: '2026-12-01T10:00:00Z', updatedAt: '2026-12-01T10:00:00Z', ...over,
});

const campaign = (over: Partial<Campaign> = {}): Campaign => ({
  id: CAMPAIGN_ID, name: 'Nurses – Austin', job: { id: JOB_ID, title: 'Registered Nurse', status: 'open' }, segmentIds: ['s1'], objective: 'traffic',
  dailyBudgetMinor: 2500, currency: 'USD', totalBudgetMinor: null, startsAt: '2026-12-01T10:00:00Z', endsAt: '2099-01-31T10:00:00Z',
  creative: { headline: 'Nurse in Austin', primaryText: 'Join us', description: '', callToAction: 'APPLY_NOW', imageUrl: null, image: null, origin: 'manual' },
  status: 'active', displayStatus: 'active', publications: [publication()], fairnessOverride: null, createdAt: '2026-12-01T10:00:00Z', updatedAt: '2026-12-01T10:00:00Z', ...over,
});

describe('Editing a campaign', () => {
  it('a live campaign: only budget, end date and ad text, saved with one PATCH of those fields', async () => {
    let current = campaign();
    const server = mockApi({
      'GET /api/auth/me': meHandler(users.recruiter),
      [`GET /api/campaigns/${CAMPAIGN_ID}`]: () => json(current),
      [`GET /api/jobs/${JOB_ID}`]: () => json({ id: JOB_ID, company: 'St. Mary', applicationUrl: 'https://careers.example.com/rn' }),
      [`PATCH /api/campaigns/${CAMPAIGN_ID}`]: () => json((current = campaign({ dailyBudgetMinor: 4500 }))),
      [`GET /api/campaigns/${CAMPAIGN_ID}/events`]: () => json({ items: [], nextCursor: null }),
      [`GET /api/campaigns/${CAMPAIGN_ID}/targeting-preview`]: () => json({ audienceSize: 0, segmentPoolSize: 0, warnings: [], publications: [] }),
    });
    const { user } = renderApp(`/campaigns/${CAMPAIGN_ID}/edit`);
    await screen.findByRole('heading', { name: 'Edit live campaign', level: 1 });
    expect(screen.queryByRole('textbox', { name: /Campaign name/ })).not.toBeInTheDocument();
    const budget = screen.getByRole('textbox', { name: /Daily budget \(USD\)/ });
    expect(budget).toHaveValue('25');
    await user.clear(budget);
    await user.type(budget, '45');
    await user.clear(screen.getByRole('textbox', { name: /Headline/ }));
    await user.type(screen.getByRole('textbox', { name: /Headline/ }), 'Nurses wanted');
    expect(within(screen.getByRole('region', { name: 'Sandbox ad mock-up' })).getByText('Nurses wanted')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText(/each live platform is being updated/);
    const [call] = server.callsTo('PATCH', `/api/campaigns/${CAMPAIGN_ID}`);
    expect(Object.keys(call.body as object).sort()).toEqual(['creative', 'dailyBudgetMinor', 'endsAt', 'totalBudgetMinor']);
    expect(call.body).toMatchObject({ dailyBudgetMinor: 4500, totalBudgetMinor: null, creative: { headline: 'Nurses wanted' } });
  }, SLOW_MS);

  it('a draft opens the wizard filled with its values and saves it with PATCH (no new campaign)', async () => {
    const draft = campaign({ status: 'draft', publications: [publication({ status: 'draft', externalIds: {} })] });
    const server = mockApi({
      'GET /api/auth/me': meHandler(users.recruiter),
      [`GET /api/campaigns/${CAMPAIGN_ID}`]: () => json(draft),
      [`GET /api/jobs/${JOB_ID}`]: () => json({ id: JOB_ID, title: 'Registered Nurse', company: 'St. Mary', shortDescription: 'Other text', applicationUrl: 'https://careers.example.com/rn' }),
      'GET /api/jobs': () => json({ items: [{ id: JOB_ID, title: 'Registered Nurse', company: 'St. Mary', location: { city: 'Austin', region: null, countryCode: 'US' }, status: 'open' }], nextCursor: null }),
      [`GET /api/jobs/${JOB_ID}/segment-suggestions`]: () => json([]),
      'GET /api/platform-connections': () => json({ items: [], nextCursor: null }),
      'POST /api/campaigns/preview': () => json({ audienceSize: 0, segmentPoolSize: 0, warnings: [], publications: [] }),
      [`PATCH /api/campaigns/${CAMPAIGN_ID}`]: () => json(draft),
      [`GET /api/campaigns/${CAMPAIGN_ID}/events`]: () => json({ items: [], nextCursor: null }),
      [`GET /api/campaigns/${CAMPAIGN_ID}/targeting-preview`]: () => json({ audienceSize: 0, segmentPoolSize: 0, warnings: [], publications: [] }),
    });
    const { user } = renderApp(`/campaigns/${CAMPAIGN_ID}/edit`);
    await screen.findByRole('heading', { name: 'Edit draft campaign', level: 1 });
    for (let i = 0; i < 3; i += 1) await user.click(await screen.findByRole('button', { name: 'Next' }));
    // The draft's own values, not the job's (nothing is filled in by itself while editing).
    expect(await screen.findByRole('textbox', { name: /Campaign name/ })).toHaveValue('Nurses – Austin');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('textbox', { name: /Primary text/ })).toHaveValue('Join us');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('“Nurses – Austin” saved.');
    expect(server.callsTo('POST', '/api/campaigns')).toHaveLength(0);
    const [call] = server.callsTo('PATCH', `/api/campaigns/${CAMPAIGN_ID}`);
    expect(call.body).toMatchObject({ name: 'Nurses – Austin', segmentIds: ['s1'], targeting: [{ connectionId: SANDBOX_ID, cities: [{ name: 'Austin', countryCode: 'US', radiusKm: 40 }] }] });
  }, SLOW_MS);

  it('maps a draft to the wizard form, keeping each platform’s targeting', () => {
    const draft = campaign({ status: 'draft', publications: [publication({ status: 'draft', externalIds: {} })] });
    const form = campaignToForm(draft, new Date('2026-11-30T00:00:00Z'));
    expect(form).toMatchObject({ jobId: JOB_ID, name: 'Nurses – Austin', dailyBudget: '25', startNow: false, headline: 'Nurse in Austin', connectionIds: [SANDBOX_ID] });
    expect(form.targeting[SANDBOX_ID]).toEqual({ countries: '', cities: 'Austin, US, 40', skills: 'Nursing', keywords: '' });
    // A start already past means "as soon as it is published".
    expect(campaignToForm(draft, new Date('2026-12-02T00:00:00Z')).startNow).toBe(true);
  });

  it('checks the live form: the end may move but not disappear, and must be in the future', () => {
    const values = campaignToForm(campaign());
    expect(validateLiveEdit(values, true)).toEqual({});
    expect(validateLiveEdit({ ...values, endsAt: '' }, true).endsAt).toMatch(/moved, not removed/);
    expect(validateLiveEdit({ ...values, endsAt: '2020-01-01T10:00' }, true).endsAt).toMatch(/future/);
    expect(liveEditBody({ ...values, endsAt: '' })).not.toHaveProperty('endsAt');
  });
});
