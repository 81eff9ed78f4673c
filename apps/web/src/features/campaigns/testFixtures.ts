import type { Campaign, Publication } from '../../api/hooks/campaigns';

const CAMPAIGN_ID = '11111111-1111-4111-8111-111111111111';
const JOB_ID = '22222222-2222-4222-8222-222222222222';
const SEG_ID = '33333333-3333-4333-8333-333333333333';
const SANDBOX_ID = '44444444-4444-4444-8444-444444444444';

/** Campaign and publication as the API returns them, for component tests. */
export const publication = (over: Partial<Publication> = {}): Publication => ({
  id: '66666666-6666-4666-8666-666666666666', connectionId: SANDBOX_ID, connectionName: 'Sandbox', platform: 'sandbox', platformLabel: 'Sandbox', isSandbox: true,
  status: 'draft', targetStatus: 'active', targeting: { countries: [], cities: [{ name: 'Austin', countryCode: 'US', radiusKm: 40 }], skills: ['Nursing'], keywords: [] },
  externalIds: {}, attempts: 0, currentStep: null, lastError: null, lastErrorKind: null, trackingUrl: 'https://ads.example/r/abc', audienceSize: 120,
  queuedAt: null, publishedAt: null, statusChangedAt: '2026-12-01T10:00:00Z', updatedAt: '2026-12-01T10:00:00Z', ...over,
});

export const campaign = (over: Partial<Campaign> = {}): Campaign => ({
  id: CAMPAIGN_ID, name: 'Nurses – Austin', job: { id: JOB_ID, title: 'Registered Nurse', status: 'open' }, segmentIds: [SEG_ID], objective: 'traffic',
  dailyBudgetMinor: 2500, currency: 'USD', totalBudgetMinor: null, startsAt: '2026-12-01T10:00:00Z', endsAt: null,
  creative: { headline: 'Nurse in Austin', primaryText: 'Join us', description: '', callToAction: 'APPLY_NOW', imageUrl: null, image: null, origin: 'manual' },
  status: 'draft', displayStatus: over.status ?? 'draft', publications: [publication()], fairnessOverride: null, createdAt: '2026-12-01T10:00:00Z', updatedAt: '2026-12-01T10:00:00Z', ...over,
});

