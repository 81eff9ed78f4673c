import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, meHandler, mockApi, problem, users } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';
import { CANDIDATE_ID, candidateFixture, segmentsList } from './testFixtures';

function detailApi(role: keyof typeof users = 'recruiter', handlers = {}) {
  return mockApi({
    'GET /api/auth/me': meHandler(users[role]),
    'GET /api/segments': () => json(segmentsList),
    [`GET /api/candidates/${CANDIDATE_ID}`]: () => json(candidateFixture()),
    'GET /api/candidates': () => json({ items: [], nextCursor: null }),
    ...handlers,
  });
}

describe('CandidateDetailPage', () => {
  it('shows the API’s field errors next to their inputs', async () => {
    const server = detailApi('recruiter', {
      [`PATCH /api/candidates/${CANDIDATE_ID}`]: () =>
        problem(400, 'The candidate is invalid.', [
          { field: 'email', message: 'is already used by another candidate' },
          { field: 'location.countryCode', message: 'must be an ISO 3166-1 alpha-2 country code (e.g. "US")' },
        ]),
    });
    const { user } = renderApp(`/candidates/${CANDIDATE_ID}`);

    const email = await screen.findByLabelText(/^Email/);
    await user.clear(email);
    await user.type(email, 'taken@example.com');
    await user.clear(screen.getByLabelText('Country code'));
    await user.type(screen.getByLabelText('Country code'), 'XX');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('is already used by another candidate')).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('is already used by another candidate');
    expect(screen.getByLabelText('Country code')).toHaveAccessibleDescription(expect.stringContaining('must be an ISO 3166-1 alpha-2'));
    const [patch] = server.callsTo('PATCH', `/api/candidates/${CANDIDATE_ID}`);
    expect(patch!.body).toMatchObject({ email: 'taken@example.com', location: { city: 'Medellín', region: 'Antioquia', countryCode: 'XX' }, skills: ['java', 'sql'] });
  });

  it('checks name and email before sending', async () => {
    const server = detailApi();
    const { user } = renderApp(`/candidates/${CANDIDATE_ID}`);
    await user.clear(await screen.findByLabelText(/^Full name/));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Enter the candidate’s name.')).toBeInTheDocument();
    expect(server.callsTo('PATCH', `/api/candidates/${CANDIDATE_ID}`)).toHaveLength(0);
  });

  it('erases only after a confirmation that explains personal data is erased', async () => {
    const server = detailApi('recruiter', { [`DELETE /api/candidates/${CANDIDATE_ID}`]: () => new Response(null, { status: 204 }) });
    const { user, router } = renderApp(`/candidates/${CANDIDATE_ID}`);

    await user.click(await screen.findByRole('button', { name: 'Erase candidate' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Erase Ana Gómez?' });
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining('permanently erases the candidate’s personal data'));
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(server.callsTo('DELETE', `/api/candidates/${CANDIDATE_ID}`)).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Erase candidate' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Erase personal data' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/candidates'));
    expect(server.callsTo('DELETE', `/api/candidates/${CANDIDATE_ID}`)).toHaveLength(1);
    expect(await screen.findByText('Ana Gómez’s personal data was erased.')).toBeInTheDocument();
  });

  it('shows viewers a read-only profile without save or erase', async () => {
    detailApi('viewer');
    renderApp(`/candidates/${CANDIDATE_ID}`);
    expect(await screen.findByLabelText(/^Full name/)).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Erase candidate' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Senior backend' })).toBeInTheDocument();
  });

  it('keeps viewers out of the generate page', async () => {
    detailApi('viewer');
    renderApp('/candidates/generate');
    expect(await screen.findByRole('heading', { name: 'Access denied' })).toBeInTheDocument();
  });
});
