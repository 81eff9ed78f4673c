import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Job } from '../../api/hooks/jobs';
import { json, meHandler, mockApi, problem, users } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';

const JOB_ID = '11111111-1111-4111-8111-111111111111';

/** What the fake API answers as `allowedTransitions` (the real one reads its status machine). */
const API_TRANSITIONS: Record<Job['status'], Job['allowedTransitions']> = {
  draft: ['open'],
  open: ['paused', 'closed', 'filled'],
  paused: ['open', 'closed', 'filled'],
  closed: [],
  filled: [],
  archived: [],
};

const makeJob = (overrides: Partial<Job> = {}): Job => ({
  id: JOB_ID,
  title: 'Backend Engineer',
  description: 'Build and run our APIs.',
  shortDescription: 'Build APIs',
  company: 'Acme GmbH',
  department: null,
  location: { city: 'Berlin', region: null, countryCode: 'DE' },
  remote: 'hybrid',
  employmentType: 'full_time',
  experienceLevel: 'senior',
  educationLevel: null,
  skills: ['typescript'],
  salary: { min: 60000, max: 80000, currency: 'EUR' },
  benefits: [],
  openings: 1,
  applicationUrl: 'https://careers.example.com/jobs/1',
  closingDate: null,
  externalRef: null,
  status: 'draft',
  openedAt: null,
  closedAt: null,
  archivedAt: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  allowedTransitions: API_TRANSITIONS[overrides.status ?? 'draft'],
  advertisable: (overrides.status ?? 'draft') === 'open',
  ...overrides,
});

function jobApi(job: Job, me = users.recruiter) {
  let current = job;
  return mockApi({
    'GET /api/auth/me': meHandler(me),
    'GET /api/jobs': () => json({ items: [current], nextCursor: null }),
    [`GET /api/jobs/${JOB_ID}`]: () => json(current),
    [`POST /api/jobs/${JOB_ID}/transitions`]: async (request) => {
      const { to } = (await request.json()) as { to: Job['status'] };
      current = { ...current, status: to, allowedTransitions: API_TRANSITIONS[to], advertisable: to === 'open' };
      return json(current);
    },
  });
}

const actionNames = () =>
  ['Open', 'Reopen', 'Pause', 'Close', 'Mark filled'].filter((name) => screen.queryByRole('button', { name }));

describe('Jobs list', () => {
  it('shows jobs with status badges and keeps filters and search in the URL', async () => {
    const server = jobApi(makeJob({ status: 'open' }));
    const { user, router } = renderApp('/jobs');

    const row = (await screen.findByRole('rowheader', { name: 'Backend Engineer' })).closest('tr')!;
    expect(within(row).getByText('Open')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New job' })).toHaveAttribute('href', '/jobs/new');

    await user.selectOptions(screen.getByLabelText('Status'), 'paused');
    await waitFor(() => expect(router.state.location.search).toBe('?status=paused'));

    await user.type(screen.getByLabelText('Search'), 'engineer');
    await user.type(screen.getByLabelText('Country'), 'de');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => {
      const params = new URLSearchParams(router.state.location.search);
      expect(Object.fromEntries(params)).toEqual({ status: 'paused', q: 'engineer', country: 'DE' });
    });
    await waitFor(() => expect(server.callsTo('GET', '/api/jobs').at(-1)!.url.searchParams.get('country')).toBe('DE'));
    const last = server.callsTo('GET', '/api/jobs').at(-1)!.url.searchParams;
    expect(last.get('q')).toBe('engineer');
    expect(last.get('status')).toBe('paused');

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(screen.getByLabelText('Search')).toHaveValue('');
  });

  it('reads its filters from the URL', async () => {
    const server = jobApi(makeJob());
    renderApp('/jobs?employmentType=contract&skill=go&sort=title&bogus=1');
    expect(await screen.findByLabelText('Employment type')).toHaveValue('contract');
    expect(screen.getByLabelText('Skill')).toHaveValue('go');
    expect(screen.getByLabelText('Sort by')).toHaveValue('title');
    await waitFor(() => expect(server.callsTo('GET', '/api/jobs')).toHaveLength(1));
    expect(Object.fromEntries(server.callsTo('GET', '/api/jobs')[0]!.url.searchParams)).toMatchObject({ employmentType: 'contract', skill: 'go', sort: 'title' });
  });

  it('hides New job from viewers', async () => {
    jobApi(makeJob(), users.viewer);
    renderApp('/jobs');
    await screen.findByRole('rowheader', { name: 'Backend Engineer' });
    expect(screen.queryByRole('link', { name: 'New job' })).not.toBeInTheDocument();
  });
});

describe('Job form', () => {
  it('validates like the API before sending anything', async () => {
    const server = mockApi({ 'GET /api/auth/me': meHandler(users.recruiter) });
    const { user } = renderApp('/jobs/new');

    await user.click(await screen.findByRole('button', { name: 'Create job' }));
    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription('Enter a title.');
    expect(screen.getByLabelText('Title')).toHaveFocus();
    expect(screen.getByLabelText('Country code')).toHaveAccessibleDescription(expect.stringContaining('Enter a country code.'));

    await user.type(screen.getByLabelText('Title'), 'Backend Engineer');
    await user.type(screen.getByLabelText('Company'), 'Acme');
    await user.click(screen.getByLabelText('Short description'));
    await user.paste('x'.repeat(151));
    await user.type(screen.getByLabelText('Description'), 'Long text');
    await user.type(screen.getByLabelText('Country code'), 'D1');
    await user.type(screen.getByLabelText('Minimum salary'), '90000');
    await user.type(screen.getByLabelText('Maximum salary'), '80000');
    await user.type(screen.getByLabelText('Application URL'), 'http://example.com/apply');
    await user.type(screen.getByLabelText('Closing date'), '2000-01-01');
    await user.click(screen.getByRole('button', { name: 'Create job' }));

    expect(screen.getByLabelText('Short description')).toHaveAccessibleDescription(expect.stringMatching(/at most 150 characters/));
    expect(screen.getByLabelText('Short description')).toHaveFocus();
    expect(screen.getByLabelText('Country code')).toHaveAccessibleDescription(expect.stringMatching(/2-letter/));
    expect(screen.getByLabelText('Maximum salary')).toHaveAccessibleDescription(expect.stringMatching(/at least the minimum/));
    expect(screen.getByLabelText('Salary currency')).toHaveAccessibleDescription(expect.stringMatching(/currency of the salary/));
    expect(screen.getByLabelText('Application URL')).toHaveAccessibleDescription(expect.stringMatching(/https:\/\//));
    expect(screen.getByLabelText('Closing date')).toHaveAccessibleDescription(expect.stringMatching(/today or later/));
    expect(server.callsTo('POST', '/api/jobs')).toHaveLength(0);
  });

  it('shows the API field errors on their fields, and opens the new job when it is created', async () => {
    let attempts = 0;
    const server = mockApi({
      'GET /api/auth/me': meHandler(users.recruiter),
      'POST /api/jobs': async (request) => {
        attempts += 1;
        if (attempts === 1)
          return problem(400, 'Validation failed', [
            { field: 'countryCode', message: 'must be an ISO 3166-1 alpha-2 country code (e.g. "US")' },
            { field: 'externalRef', message: 'is already used by another job' },
          ]);
        return json(makeJob({ ...((await request.json()) as object), location: { city: null, region: null, countryCode: 'DE' } }), 201);
      },
      [`GET /api/jobs/${JOB_ID}`]: () => json(makeJob()),
    });
    const { user, router } = renderApp('/jobs/new');

    await user.type(await screen.findByLabelText('Title'), 'Backend Engineer');
    await user.type(screen.getByLabelText('Company'), 'Acme GmbH');
    await user.type(screen.getByLabelText('Short description'), 'Build APIs');
    await user.type(screen.getByLabelText('Description'), 'Build and run our APIs.');
    await user.type(screen.getByLabelText('Country code'), 'XX');
    await user.type(screen.getByLabelText('External reference'), 'ATS-1');
    await user.selectOptions(screen.getByLabelText('Experience level'), 'senior');
    await user.click(screen.getByRole('button', { name: 'Create job' }));

    await waitFor(() => expect(screen.getByLabelText('Country code')).toHaveAccessibleDescription(expect.stringContaining('must be an ISO 3166-1 alpha-2')));
    expect(screen.getByLabelText('External reference')).toHaveAccessibleDescription(expect.stringContaining('is already used by another job'));
    expect(screen.getByRole('alert')).toHaveTextContent('Validation failed');
    expect(screen.getByLabelText('Country code')).toHaveFocus();
    expect(server.callsTo('POST', '/api/jobs')[0]!.body).toEqual({
      title: 'Backend Engineer',
      company: 'Acme GmbH',
      shortDescription: 'Build APIs',
      description: 'Build and run our APIs.',
      countryCode: 'XX',
      remote: 'onsite',
      employmentType: 'full_time',
      experienceLevel: 'senior',
      skills: [],
      benefits: [],
      openings: 1,
      externalRef: 'ATS-1',
    });

    await user.clear(screen.getByLabelText('Country code'));
    await user.type(screen.getByLabelText('Country code'), 'de');
    await user.clear(screen.getByLabelText('External reference'));
    await user.click(screen.getByRole('button', { name: 'Create job' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/jobs/${JOB_ID}`));
    // The navigation renders in a transition: give a loaded machine time.
    expect(await screen.findByRole('heading', { level: 1, name: 'Backend Engineer' }, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('edits only the fields that changed', async () => {
    const job = makeJob({ status: 'open' });
    const server = mockApi({
      'GET /api/auth/me': meHandler(users.recruiter),
      [`GET /api/jobs/${JOB_ID}`]: () => json(job),
      [`PATCH /api/jobs/${JOB_ID}`]: async (request) => json({ ...job, ...((await request.json()) as object) }),
    });
    const { user, router } = renderApp(`/jobs/${JOB_ID}/edit`);
    const title = await screen.findByLabelText('Title');
    expect(title).toHaveValue('Backend Engineer');
    await user.clear(title);
    await user.type(title, 'Staff Engineer');
    await user.clear(screen.getByLabelText('City'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/jobs/${JOB_ID}`));
    expect(server.callsTo('PATCH', `/api/jobs/${JOB_ID}`)[0]!.body).toEqual({ title: 'Staff Engineer', city: null });
  });
  it('does not let a closed job be edited (the API answers 409)', async () => {
    mockApi({ 'GET /api/auth/me': meHandler(users.recruiter), [`GET /api/jobs/${JOB_ID}`]: () => json(makeJob({ status: 'closed' })) });
    renderApp(`/jobs/${JOB_ID}/edit`);
    expect(await screen.findByRole('alert')).toHaveTextContent('This job can no longer be edited');
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
  });
});

describe('Job detail', () => {
  it.each([
    ['draft', ['Open']],
    ['open', ['Pause', 'Close', 'Mark filled']],
    ['paused', ['Reopen', 'Close', 'Mark filled']],
    ['closed', []],
    ['filled', []],
    ['archived', []],
  ] as const)('offers only the legal transitions from %s', async (status, expected) => {
    jobApi(makeJob({ status }));
    renderApp(`/jobs/${JOB_ID}`);
    await screen.findByRole('heading', { level: 1, name: 'Backend Engineer' });
    expect(actionNames()).toEqual(expected);
    const final = status === 'closed' || status === 'filled' || status === 'archived';
    expect(screen.queryByRole('link', { name: 'Edit' }) !== null).toBe(!final);
  });

  it('offers the transitions the API lists for the job, not a copy of the status machine', async () => {
    jobApi(makeJob({ status: 'open', allowedTransitions: ['closed'] }));
    renderApp(`/jobs/${JOB_ID}`);
    await screen.findByRole('heading', { level: 1, name: 'Backend Engineer' });
    expect(actionNames()).toEqual(['Close']);
  });

  it('opens a draft at once, and closes it after confirming with a reason', async () => {
    const server = jobApi(makeJob({ status: 'draft' }));
    const { user } = renderApp(`/jobs/${JOB_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Open' }));
    expect(await screen.findByRole('button', { name: 'Pause' })).toBeInTheDocument();
    expect(server.callsTo('POST', `/api/jobs/${JOB_ID}/transitions`)[0]!.body).toEqual({ to: 'open' });

    await user.click(screen.getByRole('button', { name: 'Close' }));
    const dialog = screen.getByRole('alertdialog', { name: /Close “Backend Engineer”/ });
    await user.type(within(dialog).getByLabelText('Reason (optional)'), 'Hired internally');
    await user.click(within(dialog).getByRole('button', { name: 'Close job' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(server.callsTo('POST', `/api/jobs/${JOB_ID}/transitions`)[1]!.body).toEqual({ to: 'closed', reason: 'Hired internally' });
    expect(actionNames()).toEqual([]);
    expect(screen.getAllByText('Closed').length).toBeGreaterThan(0);
  });

  it('shows the API 409 when a transition is refused', async () => {
    mockApi({
      'GET /api/auth/me': meHandler(users.admin),
      [`GET /api/jobs/${JOB_ID}`]: () => json(makeJob({ status: 'open' })),
      [`POST /api/jobs/${JOB_ID}/transitions`]: () => problem(409, 'Cannot move a job from closed to filled'),
    });
    const { user } = renderApp(`/jobs/${JOB_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Mark filled' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Mark filled' }));
    expect(await within(screen.getByRole('alertdialog')).findByRole('alert')).toHaveTextContent('Cannot move a job from closed to filled');
  });

  it('links to a new campaign for the job and has an Advertising tab', async () => {
    jobApi(makeJob({ status: 'open' }));
    const { user, router } = renderApp(`/jobs/${JOB_ID}`);
    expect(await screen.findByRole('link', { name: 'Create campaign' })).toHaveAttribute('href', `/campaigns/new?jobId=${JOB_ID}`);
    await user.click(screen.getByRole('tab', { name: 'Advertising' }));
    expect(screen.getByRole('tab', { name: 'Advertising' })).toHaveAttribute('aria-selected', 'true');
    expect(router.state.location.search).toBe('?tab=advertising');
    expect(await screen.findByRole('heading', { name: 'Advertising' })).toBeInTheDocument();
  });

  it.each(['draft', 'paused', 'closed'] as const)('offers no "Create campaign" on a %s job', async (status) => {
    jobApi(makeJob({ status }));
    renderApp(`/jobs/${JOB_ID}`);
    await screen.findByRole('heading', { level: 1, name: 'Backend Engineer' });
    expect(screen.queryByRole('link', { name: 'Create campaign' })).not.toBeInTheDocument();
  });

  it('offers no "Create campaign" on an open job past its closing date (the API says it is not advertisable)', async () => {
    jobApi(makeJob({ status: 'open', closingDate: '2026-01-31', advertisable: false }));
    renderApp(`/jobs/${JOB_ID}`);
    await screen.findByRole('heading', { level: 1, name: 'Backend Engineer' });
    expect(screen.queryByRole('link', { name: 'Create campaign' })).not.toBeInTheDocument();
  });

  it('shows viewers no create, edit or transition controls', async () => {
    jobApi(makeJob({ status: 'open' }), users.viewer);
    renderApp(`/jobs/${JOB_ID}`);
    await screen.findByRole('heading', { level: 1, name: 'Backend Engineer' });
    expect(actionNames()).toEqual([]);
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Create campaign' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Archive' })).not.toBeInTheDocument();
  });

  it('does not show the form to viewers', async () => {
    mockApi({ 'GET /api/auth/me': meHandler(users.viewer) });
    renderApp('/jobs/new');
    expect(await screen.findByRole('heading', { name: 'Access denied' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create job' })).not.toBeInTheDocument();
  });
});

describe('Jobs list advertising figures', () => {
  it('shows live campaigns, applicants, spend and cost per applicant of each job over the URL period', async () => {
    const server = mockApi({
      'GET /api/auth/me': meHandler(users.viewer),
      'GET /api/jobs': () => json({ items: [makeJob({ status: 'open' })], nextCursor: null }),
      'GET /api/campaigns/job-figures': () => json({
        range: { from: '2026-11-28', to: '2026-12-04' }, currency: 'USD',
        items: [{ jobId: JOB_ID, campaigns: 3, activeCampaigns: 2, spendMinor: 250_000, applications: 40, costPerApplicantMinor: 6250 }],
      }),
    });
    renderApp('/jobs?range=7d');
    const row = (await screen.findByRole('rowheader', { name: 'Backend Engineer' })).closest('tr')!;
    await waitFor(() => expect(within(row).getByText('$2.5K')).toBeInTheDocument());
    expect(within(row).getByText('$63')).toBeInTheDocument();
    expect(within(row).getByText('40')).toBeInTheDocument();
    const call = server.callsTo('GET', '/api/campaigns/job-figures')[0]!;
    expect(call.url.searchParams.getAll('jobId')).toEqual([JOB_ID]);
    expect(call.url.searchParams.get('from')).not.toBeNull();
  });
});
