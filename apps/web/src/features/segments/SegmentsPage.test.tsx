import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, meHandler, mockApi, problem, users } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';
import { toNewRun } from './NewRunDialog';
import type { Segment, SegmentationRun, SegmentationRunDetail } from '../../api/hooks/segments';

const RUN_ID = '10000000-0000-4000-8000-000000000001';
const NEW_RUN_ID = '10000000-0000-4000-8000-000000000002';

const run = (overrides: Partial<SegmentationRun> = {}): SegmentationRun => ({
  id: RUN_ID,
  status: 'succeeded',
  trigger: 'manual',
  active: true,
  parameters: { k: null, kMin: 2, kMax: 4, features: ['experience', 'salary', 'education', 'seeking', 'employmentType', 'location', 'skills'], sampleCap: 100000, seed: 42 },
  phase: null,
  progress: 100,
  k: 2,
  silhouette: 0.31,
  candidateCount: 1000,
  sizes: [600, 400],
  timings: { total: 2400 },
  error: null,
  requestedBy: users.recruiter.email,
  createdAt: '2026-11-20T10:00:00Z',
  startedAt: '2026-11-20T10:00:01Z',
  finishedAt: '2026-11-20T10:00:03Z',
  activatedAt: '2026-11-20T10:00:03Z',
  candidatesSyncedAt: '2026-11-20T10:00:04Z',
  fairness: null,
  ...overrides,
});

const spread = (median: number, p25: number, p75: number) => ({ median, p25, p75, missingShare: 0 });
const segment = (index: number, name: string, skill: string): Segment => ({
  id: `20000000-0000-4000-8000-00000000000${index}`,
  runId: RUN_ID,
  index,
  name,
  description: `Mostly ${skill} people`,
  summary: `Mostly ${name.toLowerCase()} with 5–9 years, mostly in Colombia.`,
  typicalPositions: [{ position: `${skill} Lead`, share: 0.5 }, { position: `Senior ${skill}`, share: 0.2 }],
  generatedName: name,
  size: index === 0 ? 600 : 400,
  share: index === 0 ? 0.6 : 0.4,
  active: true,
  editedAt: null,
  fairness: null,
  profile: {
    experience: spread(7, 5, 9),
    salary: { ...spread(60000, 50000, 70000), currency: 'USD' },
    topSkills: [{ skill, share: 0.9, overallShare: 0.45, lift: 2 }],
    topCountries: [{ countryCode: 'CO', share: 0.7 }],
    topRegions: [{ countryCode: 'CO', region: 'Antioquia', share: 0.4 }],
    seekingStatus: { active: 0.6, passive: 0.3, not_looking: 0.1, unknown: 0 },
    employmentType: { full_time: 1, part_time: 0, contract: 0, internship: 0, temporary: 0, unknown: 0 },
    distance: { median: 1, p90: 2 },
  },
});

const detail = (): SegmentationRunDetail => ({
  ...run(),
  silhouetteByK: [
    { k: 2, silhouette: 0.31, inertia: 100 },
    { k: 3, silhouette: 0.22, inertia: 80 },
    { k: 4, silhouette: 0.18, inertia: 70 },
  ],
  inertia: 1000,
  training: { candidates: 1000, trainRows: 1000, iterations: 7, converged: true },
  notes: [],
  map: { points: [{ segment: 0, x: 1, y: 1 }, { segment: 1, x: -1, y: -1 }], centroids: [{ segment: 0, x: 1, y: 1 }, { segment: 1, x: -1, y: -1 }], explainedVariance: [0.4, 0.2] },
  segments: [],
});

function segmentsApi(role: keyof typeof users = 'recruiter') {
  const segments = [segment(0, 'Java engineers', 'Java'), segment(1, 'Nurses', 'Nursing')];
  let polls = 0;
  const started = run({ id: NEW_RUN_ID, status: 'queued', active: false, progress: 0, k: null, silhouette: null, candidateCount: null, sizes: [], finishedAt: null, activatedAt: null, candidatesSyncedAt: null });
  const runs = [run()];
  return mockApi({
    'GET /api/auth/me': meHandler(users[role]),
    'GET /api/segments': () => json({ run: run(), items: segments }),
    'GET /api/segmentation-runs': () => json({ items: runs, nextCursor: null }),
    [`GET /api/segmentation-runs/${RUN_ID}`]: () => json(detail()),
    'POST /api/segmentation-runs': () => {
      runs.unshift(started);
      return json(started, 202);
    },
    [`GET /api/segmentation-runs/${NEW_RUN_ID}`]: () => {
      polls++;
      return json(polls < 2 ? { ...detail(), ...started, status: 'running', phase: 'train', progress: 55 } : { ...detail(), ...started, status: 'failed', error: 'Cannot form 12 segments from 10 candidates', phase: null });
    },
    [`PATCH /api/segments/${segments[1]!.id}`]: async (request) => {
      const body = (await request.json()) as { name: string };
      if (body.name.toLowerCase() === 'java engineers') return problem(409, 'name: is already used by another segment of this run', [{ field: 'name', message: 'is already used by another segment of this run' }]);
      segments[1] = { ...segments[1]!, ...body };
      return json(segments[1]);
    },
  });
}

describe('SegmentsPage', () => {
  it('shows the current segmentation: summary, a card per segment with skills by lift, charts and history', async () => {
    segmentsApi('viewer');
    renderApp('/segments');

    const java = await screen.findByRole('article', { name: 'Java engineers' });
    expect(within(java).getByText('600 candidates · 60%')).toBeInTheDocument();
    // In plain words first; the statistics wait behind "Analyst details".
    expect(within(java).getByText('Mostly java engineers with 5–9 years, mostly in Colombia.')).toBeInTheDocument();
    expect(within(java).getByText('Java Lead, Senior Java')).toBeInTheDocument();
    // The generated description is statistics: only a description a person wrote (editedAt) is shown up front.
    expect(within(java).queryByText('Mostly Java people')).not.toBeInTheDocument();
    const analyst = within(java).getByText('Analyst details').closest('details')!;
    expect(analyst).not.toHaveAttribute('open');
    expect(within(analyst).getByRole('list', { name: 'Top skills of Java engineers by lift' })).toHaveTextContent('Java ×2 lift');
    expect(within(analyst).getByText('5–9 years (median 7)')).toBeInTheDocument();
    expect(within(analyst).getByText(/Colombia 70%/)).toBeInTheDocument();
    expect(within(analyst).getByText(/median 1.00, 90th percentile 2.00/)).toBeInTheDocument();
    expect(within(java).queryByRole('link', { name: 'Create campaign for this segment' })).not.toBeInTheDocument();
    const summary = screen.getByRole('region', { name: 'Current segmentation' });
    expect(within(summary).getByText('0.31')).toBeInTheDocument();
    expect(within(summary).getByText('1,000')).toBeInTheDocument();
    expect(await screen.findByRole('img', { name: /best is k = 2 at 0.31/ })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Segment map' })).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Segmentation runs' })).getByText('Current')).toBeInTheDocument();
    // Viewers read; they neither start runs nor rename.
    expect(screen.queryByRole('button', { name: 'New segmentation' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Rename/ })).not.toBeInTheDocument();
  });

  it('recruiters open "Analyst details" on demand and can create a campaign for a segment', async () => {
    segmentsApi('recruiter');
    const { user } = renderApp('/segments');
    const nurses = await screen.findByRole('article', { name: 'Nurses' });
    const analyst = within(nurses).getByText('Analyst details').closest('details')!;
    await user.click(within(nurses).getByText('Analyst details'));
    expect(analyst).toHaveAttribute('open');
    expect(within(nurses).getByRole('link', { name: 'Create campaign for this segment' })).toHaveAttribute('href', `/campaigns/new?segmentId=${segment(1, 'Nurses', 'Nursing').id}`);
  });

  it('the silhouette chart has a table view', async () => {
    segmentsApi();
    const { user } = renderApp('/segments');
    // The charts render after two requests (segments, then the run); give a loaded machine time.
    await user.click(await screen.findByRole('button', { name: 'Show table: Silhouette by number of segments' }, { timeout: 5_000 }));
    const table = screen.getByRole('table', { name: 'Silhouette by number of segments' });
    expect(within(table).getAllByRole('rowheader').map((c) => c.textContent)).toEqual(['2 (chosen)', '3', '4']);
  });

  it('starts a segmentation and follows its progress to the failure reason', async () => {
    const server = segmentsApi();
    const { user } = renderApp('/segments');

    await user.click(await screen.findByRole('button', { name: 'New segmentation' }));
    const dialog = screen.getByRole('dialog', { name: 'New segmentation' });
    await user.selectOptions(within(dialog).getByLabelText('Number of segments'), 'fixed');
    await user.clear(within(dialog).getByLabelText('Segments (k)'));
    await user.type(within(dialog).getByLabelText('Segments (k)'), '12');
    await user.click(within(dialog).getByLabelText('Skills'));
    await user.click(within(dialog).getByRole('button', { name: 'Start segmentation' }));

    await waitFor(() => expect(server.callsTo('POST', '/api/segmentation-runs')).toHaveLength(1));
    expect(server.callsTo('POST', '/api/segmentation-runs')[0]!.body).toEqual({
      k: 12, features: ['experience', 'salary', 'education', 'seeking', 'employmentType', 'location'], sampleCap: 100000, seed: 42,
    });
    const bar = await screen.findByRole('progressbar', { name: 'Segmentation progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '55');
    expect(bar).toHaveAttribute('aria-valuetext', '55% — Training K-means');
    expect(await screen.findByText(/Cannot form 12 segments from 10 candidates/, {}, { timeout: 5000 })).toBeInTheDocument();
  });

  it('renames a segment and shows a clash next to the name', async () => {
    segmentsApi();
    const { user } = renderApp('/segments');
    await user.click(await screen.findByRole('button', { name: 'Rename Nurses' }));
    const dialog = screen.getByRole('dialog', { name: 'Rename “Nurses”' });
    const name = within(dialog).getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Java Engineers');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(name).toHaveAccessibleDescription('is already used by another segment of this run'));

    await user.clear(name);
    await user.type(name, 'Hospital nurses');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Segment renamed to “Hospital nurses”.')).toBeInTheDocument();
  });
});

describe('toNewRun', () => {
  const form = { mode: 'auto' as const, k: '6', kMin: '2', kMax: '10', features: ['skills' as const], sampleCap: '100000', seed: '42' };

  it('sends a range or a fixed k, never both', () => {
    expect(toNewRun(form)).toEqual({ body: { kMin: 2, kMax: 10, features: ['skills'], sampleCap: 100000, seed: 42 } });
    expect(toNewRun({ ...form, mode: 'fixed' })).toEqual({ body: { k: 6, features: ['skills'], sampleCap: 100000, seed: 42 } });
  });

  it('names the first wrong field', () => {
    expect(toNewRun({ ...form, kMin: '8', kMax: '3' })).toMatchObject({ field: 'kMax' });
    expect(toNewRun({ ...form, mode: 'fixed', k: '1' })).toMatchObject({ field: 'k' });
    expect(toNewRun({ ...form, features: [] })).toMatchObject({ field: 'features' });
    expect(toNewRun({ ...form, sampleCap: '10' })).toMatchObject({ field: 'sampleCap' });
  });
});
