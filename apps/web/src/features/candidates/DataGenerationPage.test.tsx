import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DataGenerationRun } from '../../api/hooks/candidates';
import { json, meHandler, mockApi, users } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';
import { DataGenerationPage } from './DataGenerationPage';

const RUN_ID = '50000000-0000-4000-8000-000000000001';
const run = (overrides: Partial<DataGenerationRun> = {}): DataGenerationRun => ({
  id: RUN_ID,
  status: 'queued',
  generator: 'offline',
  seed: 7,
  requested: { jobs: 2, candidates: 10 },
  processed: { jobs: 0, candidates: 0 },
  created: { jobs: 0, candidates: 0 },
  candidatesUpdated: 0,
  dropped: 0,
  percent: 0,
  error: null,
  createdAt: '2026-03-01T10:00:00Z',
  startedAt: null,
  finishedAt: null,
  ...overrides,
});

describe('DataGenerationPage', () => {
  it('starts a run, keeps its id in the URL and follows its progress to the end', async () => {
    const statuses = [
      run({ status: 'running', percent: 50, processed: { jobs: 2, candidates: 4 } }),
      run({ status: 'completed', percent: 100, processed: { jobs: 2, candidates: 10 }, created: { jobs: 2, candidates: 9 }, dropped: 1 }),
    ];
    let step = 0;
    const server = mockApi({
      'GET /api/auth/me': meHandler(users.admin),
      'POST /api/data-generation': () => json(run(), 202),
      [`GET /api/data-generation/${RUN_ID}`]: () => json(statuses[Math.min(step++, statuses.length - 1)]),
    });
    const { user, router } = renderApp('/candidates/generate', [{ path: '/candidates/generate', element: <DataGenerationPage pollMs={10} /> }]);

    await user.clear(await screen.findByLabelText('Job openings'));
    await user.type(screen.getByLabelText('Job openings'), '2');
    await user.clear(screen.getByLabelText('Candidates'));
    await user.type(screen.getByLabelText('Candidates'), '10');
    await user.type(screen.getByLabelText('Seed'), '7');
    await user.click(screen.getByRole('button', { name: 'Generate' }));

    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('run')).toBe(RUN_ID));
    expect(server.callsTo('POST', '/api/data-generation')[0]!.body).toEqual({ jobs: 2, candidates: 10, seed: 7 });
    await screen.findByText('Completed');
    expect(screen.getByRole('progressbar', { name: 'Generation progress' })).toHaveAttribute('aria-valuenow', '100');
    expect(screen.getByText('Candidates created').nextElementSibling).toHaveTextContent('9');
  });

  it('asks for at least one job or candidate', async () => {
    const server = mockApi({ 'GET /api/auth/me': meHandler(users.recruiter) });
    const { user } = renderApp('/candidates/generate', [{ path: '/candidates/generate', element: <DataGenerationPage /> }]);
    await user.clear(await screen.findByLabelText('Candidates'));
    await user.type(screen.getByLabelText('Candidates'), '0');
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    expect(screen.getByText('Ask for at least one job or candidate.')).toBeInTheDocument();
    expect(server.callsTo('POST', '/api/data-generation')).toHaveLength(0);
  });
});
