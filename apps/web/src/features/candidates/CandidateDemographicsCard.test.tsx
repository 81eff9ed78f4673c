import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, meHandler, mockApi, users } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';
import { CANDIDATE_ID, candidateFixture, segmentsList } from './testFixtures';

configure({ asyncUtilTimeout: 10_000 });

const DEMOGRAPHICS = `/api/candidate-demographics/${CANDIDATE_ID}`;

function api(role: keyof typeof users) {
  return mockApi({
    'GET /api/auth/me': meHandler(users[role]),
    'GET /api/segments': () => json(segmentsList),
    [`GET /api/candidates/${CANDIDATE_ID}`]: () => json(candidateFixture()),
    'GET /api/candidates': () => json({ items: [], nextCursor: null }),
    [`GET ${DEMOGRAPHICS}`]: () => json({ ageBand: '35-44', gender: null, disability: 'prefer_not_to_say', veteran: null }),
    [`PUT ${DEMOGRAPHICS}`]: async (request) => json(await request.json()),
  });
}

describe('Candidate page: self-declared audit-only demographics', () => {
  it('admins see and change them; the whole set is sent with PUT', async () => {
    const server = api('admin');
    const { user } = renderApp(`/candidates/${CANDIDATE_ID}`);
    const card = await screen.findByRole('region', { name: /Self-declared \(audit only\)/ });
    const age = await within(card).findByLabelText('Age band');
    expect(age).toHaveValue('35-44');
    expect(within(card).getByLabelText('Disability')).toHaveValue('prefer_not_to_say');
    await user.selectOptions(within(card).getByLabelText('Gender'), 'woman');
    await user.selectOptions(age, '');
    await user.click(within(card).getByRole('button', { name: 'Save declared values' }));
    expect(await screen.findByText('Declared values saved.')).toBeInTheDocument();
    const [put] = server.callsTo('PUT', DEMOGRAPHICS);
    expect(put!.body).toEqual({ ageBand: null, gender: 'woman', disability: 'prefer_not_to_say', veteran: null });
  });

  it('recruiters never see or request them', async () => {
    const server = api('recruiter');
    renderApp(`/candidates/${CANDIDATE_ID}`);
    expect(await screen.findByRole('button', { name: 'Save changes' })).toBeInTheDocument();
    expect(screen.queryByText(/Self-declared/)).not.toBeInTheDocument();
    expect(server.callsTo('GET', DEMOGRAPHICS)).toHaveLength(0);
  });
});
