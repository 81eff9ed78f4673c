import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { CopySuggestions, CreativeOrigin } from '../../api/hooks/creatives';
import { json, meHandler, mockApi, problem, users } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';
import { SuggestCopyPanel } from './SuggestCopyPanel';
import type { CopyPick } from './useSuggestCopyPanel';

const JOB_ID = '22222222-2222-4222-8222-222222222222';
const SEG_ID = '33333333-3333-4333-8333-333333333333';
const META_ID = '55555555-5555-4555-8555-555555555555';
const GOOGLE_ID = '77777777-7777-4777-8777-777777777777';

const connection = (id: string, kind: 'meta' | 'google', label: string) => ({
  id, kind, name: label, label, isSandbox: false, status: 'connected', statusDetail: null, account: { currency: 'USD' }, secrets: {},
  lastVerifiedAt: null, createdAt: '', updatedAt: '', archivedAt: null,
});

const suggestions: CopySuggestions = {
  origin: 'ai', model: 'gemini-test-model', language: 'en',
  platforms: [
    {
      platform: 'meta', label: 'Meta',
      limits: { headline: { maxLength: 40, maxCount: 1 }, primaryText: { maxLength: 125, maxCount: 1 }, description: { maxLength: 30, maxCount: 1 }, counting: 'characters' },
      variants: [
        { headlines: ['Pediatric Nurse at St. Mary'], primaryText: 'Open to a change? Flexible shifts.', descriptions: ['Full benefits'], callToAction: 'LEARN_MORE', findings: [] },
        {
          headlines: ['Young nurses wanted'], primaryText: 'Join a young team.', descriptions: ['Apply today'], callToAction: 'APPLY_NOW',
          findings: [{ rule: 'age-young', category: 'age', severity: 'warn', field: 'headlines[0]', phrase: 'Young', start: 0, end: 5, message: '"Young" signals an age preference.', suggestion: 'Describe the team instead.', source: 'EEOC' }],
        },
      ],
    },
    {
      platform: 'google', label: 'Google Ads',
      limits: { headline: { maxLength: 30, maxCount: 15 }, primaryText: null, description: { maxLength: 90, maxCount: 4 }, counting: 'double-width' },
      variants: [{ headlines: ['Now Hiring: Registered Nurse', 'Join St. Mary Clinic'], primaryText: null, descriptions: ['Salary $65,000–$85,000 a year.', 'Apply online today.'], callToAction: 'APPLY_NOW', findings: [] }],
    },
  ],
};

/** The panel as the Creative step uses it: picks land in the form, with their origin. */
function Harness() {
  const [form, setForm] = useState<CopyPick & { origin: CreativeOrigin }>({ origin: 'manual' });
  return (
    <>
      <SuggestCopyPanel jobId={JOB_ID} segmentIds={[SEG_ID]} connectionIds={[META_ID, GOOGLE_ID]} onPick={(pick, origin) => setForm((f) => ({ ...f, ...pick, origin }))} />
      <output aria-label="form">{JSON.stringify(form)}</output>
    </>
  );
}

/** The button is enabled once the connections (and so the platforms) have loaded. */
async function clickSuggest(user: ReturnType<typeof renderApp>['user']) {
  const button = await screen.findByRole('button', { name: 'Suggest copy' });
  await waitFor(() => expect(button).toBeEnabled());
  await user.click(button);
}

const formValue = () => JSON.parse(screen.getByLabelText('form').textContent ?? '{}');

function setup(answer: () => Response = () => json(suggestions)) {
  const api = mockApi({
    'GET /api/auth/me': meHandler(users.recruiter),
    'GET /api/platform-connections': () => json({ items: [connection(META_ID, 'meta', 'Meta'), connection(GOOGLE_ID, 'google', 'Google Ads')], nextCursor: null }),
    'POST /api/creatives/suggestions': answer,
  });
  return { api, ...renderApp('/', [{ path: '/', element: <Harness /> }]) };
}

describe('Suggest copy panel', () => {
  it('asks for the chosen platforms, job, segments and tone, and lists variants per platform with their limits', async () => {
    const { api, user } = setup();
    await user.selectOptions(await screen.findByLabelText('Tone'), 'friendly');
    await clickSuggest(user);
    expect(await screen.findByText('Written by Gemini (gemini-test-model)')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/creatives/suggestions')[0].body).toEqual({ jobId: JOB_ID, segmentIds: [SEG_ID], platforms: ['meta', 'google'], tone: 'friendly', count: 3 });
    expect(screen.getByRole('heading', { name: /Meta · headline ≤ 40, primary text ≤ 125, description ≤ 30/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Google Ads · headline ≤ 30, description ≤ 90/ })).toBeInTheDocument();
    // A variant with coded wording shows the phrase and a suggestion.
    const warnings = screen.getByRole('list', { name: 'Wording suggestions' });
    expect(within(warnings).getByText('Young', { selector: 'mark' })).toBeInTheDocument();
    expect(within(warnings).getByText('Suggestion: Describe the team instead.')).toBeInTheDocument();
  });

  it('uses a whole variant, then mixes a single text from another; the origin is kept', async () => {
    const { user } = setup();
    await clickSuggest(user);
    await user.click(await screen.findByRole('button', { name: 'Use Meta variant 1' }));
    expect(formValue()).toEqual({ origin: 'ai', headline: 'Pediatric Nurse at St. Mary', primaryText: 'Open to a change? Flexible shifts.', description: 'Full benefits', callToAction: 'LEARN_MORE' });
    await user.click(screen.getByRole('button', { name: 'Use “Join St. Mary Clinic” as headline (Google Ads variant 1)' }));
    expect(formValue()).toMatchObject({ origin: 'ai', headline: 'Join St. Mary Clinic', primaryText: 'Open to a change? Flexible shifts.' });
  });

  it('a search-ad variant lends its first description as primary text', async () => {
    const { user } = setup();
    await clickSuggest(user);
    await user.click(await screen.findByRole('button', { name: 'Use Google Ads variant 1' }));
    expect(formValue()).toMatchObject({ headline: 'Now Hiring: Registered Nurse', primaryText: 'Salary $65,000–$85,000 a year.', description: 'Apply online today.' });
  });

  it('shows the problem when Gemini is unavailable', async () => {
    const { user } = setup(() => problem(429, 'Gemini is unavailable (HTTP 500); try again shortly.'));
    await clickSuggest(user);
    expect(await screen.findByText(/Gemini is unavailable/)).toBeInTheDocument();
    expect(formValue()).toEqual({ origin: 'manual' });
  });
});
