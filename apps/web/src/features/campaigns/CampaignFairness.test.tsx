import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Campaign, CampaignPreview } from '../../api/hooks/campaigns';
import { json, meHandler, mockApi, problem, users } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';
import { campaign } from './testFixtures';

configure({ asyncUtilTimeout: 10_000 });

const CAMPAIGN_ID = '11111111-1111-4111-8111-111111111111';
const FLAG = '"Nurses" may act as a proxy for age band (fairness audit); targeting it needs an admin override with a reason.';
const preview: CampaignPreview = { audienceSize: 120, segmentPoolSize: 120, warnings: [], fairnessWarnings: [{ field: 'segmentIds', message: FLAG }], publications: [] };

function api(role: 'admin' | 'recruiter') {
  let current: Campaign = campaign();
  return mockApi({
    'GET /api/auth/me': meHandler(users[role]),
    [`GET /api/campaigns/${CAMPAIGN_ID}`]: () => json(current),
    [`GET /api/campaigns/${CAMPAIGN_ID}/events`]: () => json({ items: [], nextCursor: null }),
    [`GET /api/campaigns/${CAMPAIGN_ID}/targeting-preview`]: () => json(preview),
    [`GET /api/campaigns/${CAMPAIGN_ID}/metrics`]: () => problem(404, 'no metrics in this test'),
    [`POST /api/campaigns/${CAMPAIGN_ID}/fairness-override`]: async (request) => {
      const { reason } = (await request.json()) as { reason: string };
      current = campaign({ fairnessOverride: { reason, byLabel: users.admin.email, at: '2026-12-04T10:00:00Z', segments: [{ id: current.segmentIds[0], name: 'Nurses', flags: ['may act as a proxy for age band'] }] } });
      return json(current);
    },
  });
}

describe('Campaign detail: fairness audit', () => {
  it('an admin overrides a flag raised after the draft was saved; the reason is shown as recorded', async () => {
    const server = api('admin');
    const { user } = renderApp(`/campaigns/${CAMPAIGN_ID}`);
    const section = await screen.findByRole('region', { name: 'Fairness audit' });
    expect(within(section).getByText(FLAG)).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Override with a reason…' }));
    await user.type(screen.getByLabelText('Why is targeting these segments justified?'), 'Open to every age; runs on all segments too.');
    await user.click(screen.getByRole('button', { name: 'Override with this reason' }));
    expect(await screen.findByText(/Overridden by ada@example.com for Nurses: “Open to every age; runs on all segments too.”/)).toBeInTheDocument();
    const calls = server.callsTo('POST', `/api/campaigns/${CAMPAIGN_ID}/fairness-override`);
    expect(calls).toHaveLength(1);
    expect(calls[0].body).toEqual({ reason: 'Open to every age; runs on all segments too.' });
    expect(screen.queryByRole('button', { name: 'Override with a reason…' })).not.toBeInTheDocument();
  });

  it('recruiters see the flag but no override', async () => {
    api('recruiter');
    renderApp(`/campaigns/${CAMPAIGN_ID}`);
    const section = await screen.findByRole('region', { name: 'Fairness audit' });
    expect(within(section).getByText(FLAG)).toBeInTheDocument();
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
  });
});
