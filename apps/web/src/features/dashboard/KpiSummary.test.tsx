import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, meHandler, mockApi, users } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';
import { kpis, summary } from './testFixtures';

describe('KpiSummary while the figures load', () => {
  it('holds the figures’ layout invisibly under a spinner, then shows them in the same place', async () => {
    let answer: (response: Response) => void = () => {};
    mockApi({
      'GET /api/auth/me': meHandler(users.recruiter),
      'GET /api/dashboard/summary': () => new Promise<Response>((resolve) => (answer = resolve)),
      'GET /api/dashboard/timeseries': () => new Promise<Response>(() => {}),
      'GET /api/dashboard/breakdown': () => new Promise<Response>(() => {}),
      'GET /api/campaigns': () => json({ items: [], nextCursor: null }),
    });
    const { container } = renderApp('/dashboard');

    expect(await screen.findByText('Loading key figures…', {}, { timeout: 5000 })).toBeInTheDocument();
    // The placeholder is the real block (12 cards, the funnel), hidden from sight and from assistive technology.
    const placeholder = container.querySelector('[aria-hidden="true"].invisible');
    expect(placeholder?.querySelectorAll('[role="group"]')).toHaveLength(12);
    expect(screen.queryByRole('group', { name: 'Spend' })).not.toBeInTheDocument();

    answer(json(summary({ from: '2026-01-01', to: '2026-01-31' }, kpis({ spendMinor: 150_000 }), kpis({ spendMinor: 100_000 }))));
    expect(await screen.findByRole('group', { name: 'Spend' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Loading key figures…')).not.toBeInTheDocument());
    expect(container.querySelector('[aria-hidden="true"].invisible')).toBeNull();
  });
});
