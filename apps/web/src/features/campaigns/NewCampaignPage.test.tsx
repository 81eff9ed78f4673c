import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CampaignPreview, SegmentSuggestion } from '../../api/hooks/campaigns';
import type { Job } from '../../api/hooks/jobs';
import type { PlatformConnection } from '../../api/hooks/platformConnections';
import { adsPlatformsHandler } from '../../test/adsPlatformsFixture';
import { json, meHandler, mockApi, users } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';

// Several queries (job, suggestions, connections, preview) settle before each step on a busy machine.
configure({ asyncUtilTimeout: 10_000 });

const JOB_ID = '22222222-2222-4222-8222-222222222222';
const OTHER_JOB_ID = '22222222-2222-4222-8222-999999999999';
const SEG_ID = '33333333-3333-4333-8333-333333333333';
const WEAK_SEG_ID = '33333333-3333-4333-8333-444444444444';
const META_ID = '55555555-5555-4555-8555-555555555555';
const GOOGLE_ID = '55555555-5555-4555-8555-666666666666';

const job = (over: Partial<Job> = {}): Job => ({
  id: JOB_ID, title: 'Backend Engineer', description: 'Build and run our APIs.', shortDescription: 'Build APIs that millions use.', company: 'Acme GmbH',
  department: null, location: { city: 'Berlin', region: null, countryCode: 'DE' }, remote: 'onsite', employmentType: 'full_time', experienceLevel: 'senior',
  educationLevel: null, skills: ['TypeScript'], salary: null, benefits: [], openings: 1, applicationUrl: 'https://careers.acme.example/jobs/1',
  closingDate: null, externalRef: null, status: 'open', allowedTransitions: [], advertisable: true, openedAt: null, closedAt: null, archivedAt: null,
  createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', ...over,
});
const otherJob = job({ id: OTHER_JOB_ID, title: 'Site Reliability Engineer', shortDescription: 'Keep it running.' });

const suggestion = (segmentId: string, name: string, score: number): SegmentSuggestion => ({
  segmentId, name, size: 500, share: 0.1, score, skillsScore: score, experienceScore: 1, locationScore: 1, matchedSkills: score >= 0.5 ? ['TypeScript'] : [],
  topSkills: ['TypeScript'], topCountries: ['DE'], medianExperienceYears: 5, fairnessFlags: [],
});

const connection = (id: string, kind: 'meta' | 'google', name: string): PlatformConnection => ({
  id, kind, name, label: kind === 'meta' ? 'Meta' : 'Google Ads', isSandbox: false, status: 'connected', statusDetail: null, account: { currency: 'EUR' }, secrets: {},
  lastVerifiedAt: null, createdAt: '', updatedAt: '', archivedAt: null,
} as PlatformConnection);

const previewOf = (connections: PlatformConnection[], warnings: CampaignPreview['warnings'] = []): CampaignPreview => ({
  audienceSize: 42, segmentPoolSize: 500, warnings, fairnessWarnings: [],
  publications: connections.map((c) => ({
    connectionId: c.id, connectionName: c.name, platform: c.kind, platformLabel: c.label, isSandbox: false, audienceSize: 42,
    targeting: { countries: [], cities: [{ name: 'Berlin', countryCode: 'DE', radiusKm: 40 }], skills: ['TypeScript'], keywords: [] },
    spec: {}, payload: c.kind === 'google' ? { responsive_search_ad: { headlines: ['Backend Engineer', 'Acme GmbH'], descriptions: ['Build APIs.', 'Apply now.'], final_urls: ['https://careers.acme.example/jobs/1'] } } : {},
    violations: [], checks: [],
  })),
});

function wizardApi(connections: PlatformConnection[]) {
  return mockApi({
    'GET /api/auth/me': meHandler(users.recruiter),
    'GET /api/ads-platforms': adsPlatformsHandler,
    'GET /api/jobs': () => json({ items: [job(), otherJob], nextCursor: null }),
    [`GET /api/jobs/${JOB_ID}`]: () => json(job()),
    [`GET /api/jobs/${OTHER_JOB_ID}`]: () => json(otherJob),
    [`GET /api/jobs/${JOB_ID}/segment-suggestions`]: () => json([suggestion(SEG_ID, 'Backend engineers', 0.9), suggestion(WEAK_SEG_ID, 'Nurses', 0.2)]),
    [`GET /api/jobs/${OTHER_JOB_ID}/segment-suggestions`]: () => json([suggestion(SEG_ID, 'Backend engineers', 0.8)]),
    'GET /api/platform-connections': () => json({ items: connections, nextCursor: null }),
    'POST /api/campaigns/preview': async (request) => {
      const body = (await request.json()) as { creative?: { headline?: string } };
      return json(previewOf(connections, body.creative?.headline ? [] : [{ field: 'creative.headline', message: 'Write a headline.' }]));
    },
  });
}

const next = async (user: ReturnType<typeof renderApp>['user']) => user.click(screen.getByRole('button', { name: 'Next' }));

// Walking six steps with user-event takes seconds per step on a loaded 2-core machine.
const WALK_MS = 90_000;

describe('New campaign wizard', () => {
  it('arriving from a job fills name, text, landing page, best segments, the lone connection and an immediate start', async () => {
    const server = wizardApi([connection(META_ID, 'meta', 'Acme Meta')]);
    const { user } = renderApp(`/campaigns/new?jobId=${JOB_ID}`);
    expect(await screen.findByRole('combobox', { name: /Job to advertise/ })).toHaveValue(JOB_ID);
    await next(user);
    expect(await screen.findByRole('checkbox', { name: /Backend engineers — 90 % match/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Nurses/ })).not.toBeChecked();
    await next(user);
    expect(await screen.findByRole('checkbox', { name: 'Meta · Acme Meta' })).toBeChecked();
    await next(user);
    expect((screen.getByRole('textbox', { name: /Campaign name/ }) as HTMLInputElement).value).toMatch(/^Backend Engineer – \w+ \d{4}$/);
    expect(screen.getByRole('textbox', { name: /Currency/ })).toHaveValue('EUR');
    expect(screen.getByRole('radio', { name: 'Immediately, once published' })).toBeChecked();
    await next(user);
    expect(screen.getByRole('textbox', { name: /Headline/ })).toHaveValue('Backend Engineer');
    expect(screen.getByRole('textbox', { name: /Primary text/ })).toHaveValue('Build APIs that millions use.');
    expect(screen.getByRole('link', { name: 'https://careers.acme.example/jobs/1' })).toBeInTheDocument();
    const mockup = screen.getByRole('region', { name: 'Meta ad mock-up' });
    expect(within(mockup).getByText('Backend Engineer')).toBeInTheDocument();
    expect(within(mockup).getByText('Acme GmbH')).toBeInTheDocument();

    // Emptied fields show placeholders and the API's hint, never an error.
    await user.clear(screen.getByRole('textbox', { name: /Headline/ }));
    expect(within(mockup).getByText('Headline')).toBeInTheDocument();
    expect(await screen.findByText(/Write a headline\./)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const sent = server.callsTo('POST', '/api/campaigns/preview').at(-1)!.body as { startsAt: string };
    expect(Math.abs(new Date(sent.startsAt).getTime() - Date.now())).toBeLessThan(60_000);
  }, WALK_MS);

  it('never overwrites what the user typed when the job changes', async () => {
    wizardApi([connection(META_ID, 'meta', 'Acme Meta')]);
    const { user } = renderApp(`/campaigns/new?jobId=${JOB_ID}`);
    await screen.findByRole('combobox', { name: /Job to advertise/ });
    await next(user);
    await screen.findByRole('checkbox', { name: /Backend engineers/ });
    await next(user);
    await screen.findByRole('checkbox', { name: 'Meta · Acme Meta' });
    await next(user);
    const name = screen.getByRole('textbox', { name: /Campaign name/ });
    await user.clear(name);
    await user.type(name, 'My own name');
    await next(user);
    await user.clear(screen.getByRole('textbox', { name: /Primary text/ }));
    await user.type(screen.getByRole('textbox', { name: /Primary text/ }), 'My own text');
    for (let i = 0; i < 4; i += 1) await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.selectOptions(screen.getByRole('combobox', { name: /Job to advertise/ }), OTHER_JOB_ID);
    for (let i = 0; i < 4; i += 1) await next(user);
    // Untouched: follows the new job; edited: kept.
    expect(await screen.findByDisplayValue('Site Reliability Engineer')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Primary text/ })).toHaveValue('My own text');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('textbox', { name: /Campaign name/ })).toHaveValue('My own name');
  }, WALK_MS);

  it('draws a Google search ad and a Meta feed card, then reviews everything that will be published', async () => {
    const connections = [connection(META_ID, 'meta', 'Acme Meta'), connection(GOOGLE_ID, 'google', 'Acme Google')];
    wizardApi(connections);
    const { user } = renderApp(`/campaigns/new?jobId=${JOB_ID}`);
    await screen.findByRole('combobox', { name: /Job to advertise/ });
    await next(user);
    await screen.findByRole('checkbox', { name: /Backend engineers/ });
    await next(user);
    // Two connections: none is chosen for the user.
    const google = await screen.findByRole('checkbox', { name: 'Google Ads · Acme Google' });
    expect(google).not.toBeChecked();
    await user.click(google);
    await user.click(screen.getByRole('checkbox', { name: 'Meta · Acme Meta' }));
    await next(user);
    await next(user);
    const search = await screen.findByRole('region', { name: 'Google Ads ad mock-up' });
    expect(await within(search).findByText('Backend Engineer | Acme GmbH')).toBeInTheDocument();
    expect(within(search).getByText(/careers\.acme\.example/)).toBeInTheDocument();
    await next(user);

    expect(screen.getByText('Backend Engineer — Acme GmbH')).toBeInTheDocument();
    expect(screen.getByText('Backend engineers', { selector: 'li' })).toBeInTheDocument();
    expect(screen.getByText('Traffic to the application page')).toBeInTheDocument();
    expect(screen.getByText(/Starts as soon as it is published/)).toBeInTheDocument();
    expect(screen.getByText(/€25.00 per day per platform/)).toBeInTheDocument();
    const metaReview = screen.getByRole('region', { name: 'Meta Acme Meta: what will be published' });
    expect(within(metaReview).getByTestId('audience-estimate')).toHaveTextContent('42 candidates of the chosen segments live where this targeting reaches');
    expect(within(metaReview).getByText(/at least 25 km \(15 miles\)/)).toBeInTheDocument();
    expect(within(metaReview).getByRole('textbox', { name: 'Cities' })).toHaveValue('Berlin, DE, 40');
    expect(screen.getByRole('region', { name: 'Meta ad mock-up' })).toBeInTheDocument();
  }, WALK_MS);
});
