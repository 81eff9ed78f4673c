import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FailedJob, QueueCounts } from '../../api/hooks/backgroundWork';
import { json, meHandler, mockApi, users } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';

const queue = (name: string, over: Partial<QueueCounts> = {}): QueueCounts => ({ name, waiting: 0, active: 0, delayed: 0, failed: 0, completed: 0, paused: false, ...over });
const FAILED: FailedJob = { id: 'sync:conn-1', name: 'sync-connection', error: 'Meta said: (#17) User request limit reached', attemptsMade: 5, failedAt: '2026-12-04T10:00:00.000Z', createdAt: '2026-12-04T09:00:00.000Z' };

function backgroundApi() {
  const state = { failed: [FAILED] };
  return mockApi({
    'GET /api/auth/me': meHandler(users.admin),
    'GET /api/background-work/queues': () => json({ queues: [queue('campaigns', { waiting: 2, active: 1 }), queue('metrics-sync', { failed: state.failed.length, delayed: 3 })] }),
    'GET /api/background-work/queues/metrics-sync/failed': () => json({ queue: 'metrics-sync', total: state.failed.length, jobs: state.failed }),
    'POST /api/background-work/queues/metrics-sync/jobs/sync%3Aconn-1/retry': () => {
      state.failed = [];
      return json({ retried: 1 });
    },
    'GET /api/background-work/schedules': () => json({ schedules: [{ name: 'metrics-sync', cron: '0 */2 * * *', lastRunAt: '2026-12-04T10:00:00.000Z', nextRunAt: '2026-12-04T12:00:00.000Z', workers: 2 }] }),
  });
}

describe('BackgroundWorkPage', () => {
  it('shows queue counts and schedules, lists a queue\'s failed jobs with the error, and retries one', async () => {
    const server = backgroundApi();
    const { user } = renderApp('/settings/background-work');
    const queues = await screen.findByRole('table', { name: 'Queues' }, { timeout: 5000 });
    const row = (await within(queues).findByRole('rowheader', { name: 'metrics-sync' })).closest('tr')!;
    expect(row).toHaveTextContent('3');
    expect(within(queues).getByRole('rowheader', { name: 'campaigns' }).closest('tr')).toHaveTextContent('21');
    const schedules = screen.getByRole('table', { name: 'Schedules' });
    expect(within(schedules).getByRole('rowheader', { name: 'metrics-sync' }).closest('tr')).toHaveTextContent('0 */2 * * *');
    // No failed jobs, no button.
    expect(screen.queryByRole('button', { name: 'Show failed jobs campaigns' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show failed jobs metrics-sync' }));
    const failed = await screen.findByRole('table', { name: 'Failed jobs in metrics-sync' });
    expect(await within(failed).findByText('Meta said: (#17) User request limit reached')).toBeInTheDocument();
    await user.click(within(failed).getByRole('button', { name: 'Retry sync:conn-1' }));
    await waitFor(() => expect(server.callsTo('POST', '/api/background-work/queues/metrics-sync/jobs/sync%3Aconn-1/retry')).toHaveLength(1));
    expect(await within(failed).findByText('No failed jobs.')).toBeInTheDocument();
  });

  it('is listed among the settings sections', async () => {
    backgroundApi();
    renderApp('/settings/background-work');
    const nav = await screen.findByRole('navigation', { name: 'Settings' });
    expect(within(nav).getByRole('link', { name: 'Background work' })).toHaveAttribute('aria-current', 'page');
  });
});
