import { describe, expect, it } from 'vitest';
import { emptyCampaignForm, targetingToText, textToTargeting, toCreateBody, toPreviewBody, validateStep, type CampaignFormValues } from './campaignForm';

const JOB = '11111111-1111-4111-8111-111111111111';
const SEG = '22222222-2222-4222-8222-222222222222';
const CONN = '33333333-3333-4333-8333-333333333333';

const filled = (over: Partial<CampaignFormValues> = {}): CampaignFormValues => ({
  ...emptyCampaignForm(JOB, new Date('2026-12-01T10:20:00')),
  segmentIds: [SEG], connectionIds: [CONN], name: 'Nurses', dailyBudget: '25.50', headline: 'Nurse', primaryText: 'Join us', startNow: false,
  ...over,
});

describe('campaign form', () => {
  it('turns the form into the API body: minor units, ISO times, trimmed creative', () => {
    const body = toCreateBody(filled({ totalBudget: '500', currency: 'usd', headline: ' Nurse ' }));
    expect(body).toMatchObject({
      name: 'Nurses', jobId: JOB, segmentIds: [SEG], connectionIds: [CONN], currency: 'USD', dailyBudgetMinor: 2550, totalBudgetMinor: 50000,
      creative: { headline: 'Nurse', primaryText: 'Join us', description: '', callToAction: 'APPLY_NOW' }, targeting: [],
    });
    expect(body.startsAt).toBe(new Date('2026-12-01T11:00').toISOString());
    expect(body.creative).not.toHaveProperty('imageUrl');
  });

  it('sends an uploaded image as its key (create and preview), and nothing without one', () => {
    const key = `${'ab'.repeat(32)}.jpg`;
    const image = { key, url: `/api/creatives/images/${key}`, format: 'jpeg' as const, width: 1080, height: 1080 };
    expect(toCreateBody(filled({ image })).creative).toMatchObject({ imageKey: key });
    expect(toPreviewBody(filled({ image }))?.creative).toMatchObject({ imageKey: key });
    expect(toCreateBody(filled()).creative).not.toHaveProperty('imageKey');
  });

  it('starts immediately by default: the start sent is the moment of sending, and needs no date', () => {
    const form = { ...emptyCampaignForm(JOB), segmentIds: [SEG], connectionIds: [CONN], name: 'Nurses', startsAt: '' };
    expect(form.startNow).toBe(emptyCampaignForm().startNow);
    expect(form.startNow).toBe(true);
    expect(Math.abs(new Date(toCreateBody(form).startsAt).getTime() - Date.now())).toBeLessThan(5_000);
    expect(validateStep('budget', form).startsAt).toBeUndefined();
    expect(validateStep('budget', { ...form, startNow: false }).startsAt).toBe('Choose when the ads start.');
  });

  it('uses the currency exponent (JPY has no minor unit)', () => {
    expect(toCreateBody(filled({ currency: 'JPY', dailyBudget: '3000' })).dailyBudgetMinor).toBe(3000);
  });

  it('has no preview until job, segments and platforms are chosen, then sends what there is', () => {
    expect(toPreviewBody(filled({ connectionIds: [] }))).toBeUndefined();
    const body = toPreviewBody(filled({ currency: 'US', headline: '' }))!;
    expect(body).not.toHaveProperty('currency');
    expect(body.creative).toMatchObject({ headline: '' });
  });

  it('round-trips edited targeting and only sends it for chosen connections', () => {
    const text = targetingToText({ countries: ['US'], cities: [{ name: 'Austin', countryCode: 'US', radiusKm: 40 }], skills: ['Nursing', 'ICU'], keywords: ['rn jobs'] });
    expect(textToTargeting(text)).toEqual({ targeting: { countries: ['US'], cities: [{ name: 'Austin', countryCode: 'US', radiusKm: 40 }], skills: ['Nursing', 'ICU'], keywords: ['rn jobs'] } });
    const body = toCreateBody(filled({ targeting: { [CONN]: text, other: text } }));
    expect(body.targeting).toEqual([{ connectionId: CONN, countries: ['US'], cities: [{ name: 'Austin', countryCode: 'US', radiusKm: 40 }], skills: ['Nursing', 'ICU'], keywords: ['rn jobs'] }]);
    expect(textToTargeting({ ...text, cities: 'Austin 40' }).error).toMatch(/city, country code, radius/);
  });

  it('checks each step before moving on', () => {
    expect(validateStep('job', filled({ jobId: '' }))).toHaveProperty('jobId');
    expect(validateStep('segments', filled({ segmentIds: [] }))).toHaveProperty('segmentIds');
    expect(validateStep('budget', filled({ dailyBudget: '0', currency: 'dollars' }))).toMatchObject({ dailyBudgetMinor: expect.any(String), currency: expect.any(String) });
    expect(validateStep('budget', filled({ totalBudget: '10' }))).toHaveProperty('totalBudgetMinor');
    expect(validateStep('budget', filled({ endsAt: '2026-11-01T10:00' }))).toHaveProperty('endsAt');
    expect(validateStep('creative', filled({ imageUrl: 'http://x.example/a.png' }))).toHaveProperty(['creative.imageUrl']);
    expect(validateStep('budget', filled())).toEqual({});
    expect(validateStep('creative', filled())).toEqual({});
  });
});
