import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, meHandler, mockApi, users } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';

const JOB_ID = '22222222-2222-4222-8222-222222222222';

describe('exclusionary-wording warnings', () => {
  it('the job form checks title and descriptions as they are typed and highlights the phrase with a suggestion', async () => {
    const api = mockApi({
      'GET /api/auth/me': meHandler(users.recruiter),
      'POST /api/creatives/wording-check': async (request) => {
        const body = (await request.json()) as { texts: Array<{ field: string; text: string }> };
        const title = body.texts.find((t) => t.field === 'title')?.text ?? '';
        const at = title.indexOf('Young');
        return json({
          findings: at < 0 ? [] : [{ rule: 'age-young', category: 'age', severity: 'warn', field: 'title', phrase: 'Young', start: at, end: at + 5, message: '"Young" signals an age preference.', suggestion: 'Describe the team or the work instead.', source: 'EEOC' }],
          balance: { masculine: 0, feminine: 0 },
        });
      },
    });
    const { user } = renderApp('/jobs/new');
    await user.type(await screen.findByLabelText(/^Title/), 'Young Registered Nurse');
    const section = await screen.findByRole('region', { name: 'Inclusive wording' }, { timeout: 3000 });
    expect(within(section).getByText('Young', { selector: 'mark' })).toBeInTheDocument();
    expect(within(section).getByText(/Suggestion: Describe the team/)).toBeInTheDocument();
    expect(within(section).getByText('Suggestions only: nothing here blocks saving or publishing.')).toBeInTheDocument();
    const last = api.callsTo('POST', '/api/creatives/wording-check').at(-1)!;
    expect(last.body).toEqual({ texts: [{ field: 'title', text: 'Young Registered Nurse' }], internship: false });
  });

  it('the wizard warns at the start when the job needs a salary range where it is advertised', async () => {
    mockApi({
      'GET /api/auth/me': meHandler(users.recruiter),
      'GET /api/jobs': () => json({ items: [{ id: JOB_ID, title: 'Registered Nurse', company: 'St. Mary', location: { city: 'Denver', region: 'Colorado', countryCode: 'US' }, status: 'open' }], nextCursor: null }),
      [`GET /api/jobs/${JOB_ID}/advertising-checks`]: () => json({
        checks: [
          { id: 'pay-transparency', title: 'Pay transparency', explanation: 'Some US states require the pay range in job ads.', status: 'failed', findings: [{ field: 'job.salary', severity: 'block', message: 'US-CO: Colorado, United States (C.R.S. §8-5-201(2)) requires a salary range (minimum and maximum) in the job ad.' }] },
          { id: 'inclusive-wording', title: 'Inclusive wording', explanation: '…', status: 'passed', findings: [] },
        ],
      }),
    });
    renderApp(`/campaigns/new?jobId=${JOB_ID}`);
    const section = await screen.findByRole('region', { name: 'Before you advertise this job' });
    expect(within(section).getByText('Blocks publishing')).toBeInTheDocument();
    expect(within(section).getByText(/US-CO: Colorado/)).toBeInTheDocument();
    expect(within(section).queryByText('Inclusive wording')).not.toBeInTheDocument();
  });
});
