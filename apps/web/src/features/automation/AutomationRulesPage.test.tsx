import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AutomationRule } from '../../api/hooks/automationRules';
import { json, meHandler, mockApi, problem, users } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';
import { kpis, summary } from '../dashboard/testFixtures';

const BUILT_IN: AutomationRule = {
  id: '00000000-0000-4000-8000-0000000000b1',
  name: 'Pause when the total budget cap is reached',
  enabled: true,
  builtIn: 'budget_cap',
  campaignId: null,
  metric: 'budget_used_share',
  operator: 'gte',
  threshold: 1,
  windowDays: 90,
  minImpressions: 0,
  action: 'pause',
  lastFiredAt: null,
  firings: 0,
};
const CUSTOM: AutomationRule = {
  id: '00000000-0000-4000-8000-0000000000c1',
  name: 'Expensive applicants',
  enabled: true,
  builtIn: null,
  campaignId: null,
  metric: 'cost_per_applicant',
  operator: 'gt',
  threshold: 5000,
  windowDays: 7,
  minImpressions: 1000,
  action: 'notify',
  lastFiredAt: '2026-11-20T10:00:00Z',
  firings: 3,
};

function rulesApi(role: keyof typeof users, currency = 'USD') {
  const rules = [structuredClone(BUILT_IN), structuredClone(CUSTOM)];
  return mockApi({
    'GET /api/auth/me': meHandler(users[role]),
    'GET /api/automation-rules': () => json(rules),
    'GET /api/dashboard/summary': (_req, url) =>
      json({ ...summary({ from: url.searchParams.get('from')!, to: url.searchParams.get('to')! }, kpis(), kpis()), currency }),
    'GET /api/campaigns': () => json({ items: [{ id: '00000000-0000-4000-8000-00000000000a', name: 'Nurses Austin' }], nextCursor: null }),
    'POST /api/automation-rules': async (request) => {
      const body = (await request.json()) as Partial<AutomationRule>;
      const rule = {
        ...CUSTOM,
        campaignId: null,
        minImpressions: 0,
        ...body,
        id: '00000000-0000-4000-8000-0000000000c2',
        lastFiredAt: null,
        firings: 0,
      };
      rules.push(rule);
      return json(rule, 201);
    },
    [`PATCH /api/automation-rules/${CUSTOM.id}`]: async (request) => {
      Object.assign(rules[1]!, await request.json());
      return json(rules[1]);
    },
    [`DELETE /api/automation-rules/${CUSTOM.id}`]: () => {
      rules.splice(1, 1);
      return new Response(null, { status: 204 });
    },
    [`PATCH /api/automation-rules/${BUILT_IN.id}`]: async (request) => {
      const body = (await request.json()) as Partial<AutomationRule>;
      if (Object.keys(body).some((k) => k !== 'enabled')) return problem(409, 'Built-in rules can only be enabled or disabled.');
      Object.assign(rules[0]!, body);
      return json(rules[0]);
    },
  });
}

describe('AutomationRulesPage', () => {
  it('creates a rule: money typed in major units is sent in minor units', async () => {
    const server = rulesApi('recruiter');
    const { user } = renderApp('/automation');

    const newRule = await screen.findByRole('button', { name: 'New rule' });
    // Enabled once the reporting currency is known (the form converts amounts with it).
    await waitFor(() => expect(newRule).toBeEnabled());
    await user.click(newRule);
    const dialog = screen.getByRole('dialog', { name: 'New automation rule' });
    await user.type(within(dialog).getByLabelText('Name'), 'CPA above 42.50');
    await user.selectOptions(within(dialog).getByLabelText('Applies to'), 'Nurses Austin');
    await user.selectOptions(within(dialog).getByLabelText('Metric'), 'Cost per applicant');
    await user.selectOptions(within(dialog).getByLabelText('Condition'), 'is at least');
    await user.type(within(dialog).getByLabelText('Threshold (USD)'), '42.505');
    await user.click(within(dialog).getByRole('button', { name: 'Create rule' }));

    // Client validation first: three decimals are not an amount of dollars.
    expect(within(dialog).getByLabelText('Threshold (USD)')).toHaveAccessibleDescription(/USD amounts have at most 2 decimals\./);
    expect(server.callsTo('POST', '/api/automation-rules')).toHaveLength(0);

    await user.clear(within(dialog).getByLabelText('Threshold (USD)'));
    await user.type(within(dialog).getByLabelText('Threshold (USD)'), '42.50');
    await user.selectOptions(within(dialog).getByLabelText('Action'), 'Pause the campaign');
    await user.click(within(dialog).getByRole('button', { name: 'Create rule' }));

    await waitFor(() => expect(server.callsTo('POST', '/api/automation-rules')).toHaveLength(1));
    expect(server.callsTo('POST', '/api/automation-rules')[0]!.body).toEqual({
      name: 'CPA above 42.50',
      enabled: true,
      campaignId: '00000000-0000-4000-8000-00000000000a',
      metric: 'cost_per_applicant',
      operator: 'gte',
      threshold: 4250,
      windowDays: 7,
      minImpressions: 0,
      action: 'pause',
    });
    const row = (await screen.findByRole('rowheader', { name: 'CPA above 42.50' })).closest('tr')!;
    expect(row).toHaveTextContent('Cost per applicant is at least $42.50 over the last 7 days');
    expect(within(row).getByRole('link', { name: 'Nurses Austin' })).toHaveAttribute(
      'href',
      '/campaigns/00000000-0000-4000-8000-00000000000a',
    );
  });

  it('edits a rule in the form units (percent for CTR) and saves ratios', async () => {
    const server = rulesApi('admin');
    const { user } = renderApp('/automation');

    const edit = await screen.findByRole('button', { name: 'Edit Expensive applicants' });
    await waitFor(() => expect(edit).toBeEnabled());
    await user.click(edit);
    const dialog = screen.getByRole('dialog', { name: 'Edit rule “Expensive applicants”' });
    expect(within(dialog).getByLabelText('Threshold (USD)')).toHaveValue('50');
    expect(within(dialog).getByLabelText('Minimum impressions')).toHaveValue('1000');

    await user.selectOptions(within(dialog).getByLabelText('Metric'), 'Click-through rate');
    await user.selectOptions(within(dialog).getByLabelText('Condition'), 'is less than');
    const threshold = within(dialog).getByLabelText('Threshold (%)');
    await user.clear(threshold);
    await user.type(threshold, '0.8');
    await user.click(within(dialog).getByRole('button', { name: 'Save rule' }));

    await waitFor(() => expect(server.callsTo('PATCH', `/api/automation-rules/${CUSTOM.id}`)).toHaveLength(1));
    expect(server.callsTo('PATCH', `/api/automation-rules/${CUSTOM.id}`)[0]!.body).toMatchObject({
      metric: 'ctr',
      operator: 'lt',
      threshold: 0.008,
      minImpressions: 1000,
    });
    expect(
      await screen.findByText('Click-through rate is less than 0.8% over the last 7 days, once it has 1,000 impressions'),
    ).toBeInTheDocument();
  });

  it('shows JPY thresholds as whole yen', async () => {
    rulesApi('admin', 'JPY');
    const { user } = renderApp('/automation');
    expect(
      await screen.findByText('Cost per applicant is more than ¥5,000 over the last 7 days, once it has 1,000 impressions'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Edit Expensive applicants' }));
    expect(screen.getByLabelText('Threshold (JPY)')).toHaveValue('5000');
  });

  it('built-in rules can only be switched on and off', async () => {
    const server = rulesApi('recruiter');
    const { user } = renderApp('/automation');

    const row = (await screen.findByRole('rowheader', { name: /Pause when the total budget cap is reached/ })).closest('tr')!;
    expect(within(row).getByText('Built-in')).toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: /Edit|Delete/ })).not.toBeInTheDocument();
    expect(row).toHaveTextContent('Share of the total budget used is at least 100%');

    await user.click(within(row).getByRole('switch', { name: 'Enabled: Pause when the total budget cap is reached' }));
    await waitFor(() => expect(server.callsTo('PATCH', `/api/automation-rules/${BUILT_IN.id}`)).toHaveLength(1));
    expect(server.callsTo('PATCH', `/api/automation-rules/${BUILT_IN.id}`)[0]!.body).toEqual({ enabled: false });
    await waitFor(() => expect(within(row).getByRole('switch')).not.toBeChecked());
  });

  it('deletes a custom rule after confirmation', async () => {
    const server = rulesApi('admin');
    const { user } = renderApp('/automation');

    await user.click(await screen.findByRole('button', { name: 'Delete Expensive applicants' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Delete rule “Expensive applicants”?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete rule' }));

    await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'Expensive applicants' })).not.toBeInTheDocument());
    expect(server.callsTo('DELETE', `/api/automation-rules/${CUSTOM.id}`)).toHaveLength(1);
  });

  it('is read-only for viewers', async () => {
    rulesApi('viewer');
    renderApp('/automation');
    const row = (await screen.findByRole('rowheader', { name: 'Expensive applicants' })).closest('tr')!;
    expect(within(row).getByText('Enabled')).toBeInTheDocument();
    expect(within(row).getByText('3 times in total')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New rule' })).not.toBeInTheDocument();
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Edit|Delete/ })).not.toBeInTheDocument();
  });
});
