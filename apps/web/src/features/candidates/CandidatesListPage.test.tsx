import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, meHandler, mockApi, users } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';
import { queryFromParams } from './CandidatesListPage';
import { candidateFixture, SEGMENT_ID, segmentsList } from './testFixtures';

function candidatesApi(role: keyof typeof users = 'recruiter') {
  return mockApi({
    'GET /api/auth/me': meHandler(users[role]),
    'GET /api/segments': () => json(segmentsList),
    'GET /api/candidates': (_req, url) =>
      json({ items: url.searchParams.get('cursor') ? [candidateFixture({ id: '30000000-0000-4000-8000-000000000002', fullName: 'Bo Li', segmentId: null })] : [candidateFixture()], nextCursor: url.searchParams.get('cursor') ? null : 'next-1' }),
  });
}

describe('CandidatesListPage', () => {
  it('lists candidates with their segment name linked to the segment, and pages with Load more', async () => {
    const server = candidatesApi();
    const { user } = renderApp('/candidates');

    const row = (await screen.findByRole('rowheader', { name: 'Ana Gómez' })).closest('tr')!;
    expect(await within(row).findByRole('link', { name: 'Senior backend' })).toHaveAttribute('href', `/segments/${SEGMENT_ID}`);
    expect(within(row).getByRole('link', { name: 'Ana Gómez' })).toHaveAttribute('href', '/candidates/30000000-0000-4000-8000-000000000001');

    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('rowheader', { name: 'Bo Li' })).toBeInTheDocument();
    expect(server.callsTo('GET', '/api/candidates').at(-1)!.url.searchParams.get('cursor')).toBe('next-1');
  });

  it('writes the filters and search to the URL and queries the API with them', async () => {
    const server = candidatesApi();
    const { user, router } = renderApp('/candidates');
    await screen.findByRole('rowheader', { name: 'Ana Gómez' });
    await screen.findByRole('option', { name: 'Senior backend' });

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'backend');
    await user.selectOptions(screen.getByLabelText('Segment'), 'Senior backend');
    await user.selectOptions(screen.getByLabelText('Seeking status'), 'Actively looking');
    await user.type(screen.getByLabelText('Country'), 'es');
    await user.type(screen.getByLabelText('Skills'), 'java, sql');
    await user.type(screen.getByLabelText('Min. years'), '3');
    await user.selectOptions(screen.getByLabelText('Sort by'), 'Name A–Z');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/candidates'));
    const params = new URLSearchParams(router.state.location.search);
    expect(params.get('q')).toBe('backend');
    expect(params.get('segmentId')).toBe(SEGMENT_ID);
    expect(params.get('seekingStatus')).toBe('active');
    expect(params.get('country')).toBe('ES');
    expect(params.getAll('skill')).toEqual(['java', 'sql']);
    expect(params.get('minExperience')).toBe('3');
    expect(params.get('sort')).toBe('fullName');

    await waitFor(() => expect(server.callsTo('GET', '/api/candidates').at(-1)!.url.searchParams.get('q')).toBe('backend'));
    const sent = server.callsTo('GET', '/api/candidates').at(-1)!.url.searchParams;
    expect(sent.getAll('skill')).toEqual(['java', 'sql']);
    expect(sent.get('segmentId')).toBe(SEGMENT_ID);
    expect(sent.get('minExperience')).toBe('3');
    expect(sent.get('country')).toBe('ES');
    expect(screen.getByRole('region', { name: 'Candidates matching the filters' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
  });

  it('reads the filters from a deep link and refuses a too-short search', async () => {
    const server = candidatesApi();
    const { user, router } = renderApp('/candidates?country=CO&seekingStatus=passive');
    await screen.findByRole('rowheader', { name: 'Ana Gómez' });
    expect(screen.getByLabelText('Country')).toHaveValue('CO');
    expect(screen.getByLabelText('Seeking status')).toHaveValue('passive');
    const first = server.callsTo('GET', '/api/candidates')[0]!.url.searchParams;
    expect(first.get('country')).toBe('CO');
    expect(first.get('seekingStatus')).toBe('passive');

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'ab');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(screen.getByText('Type at least 3 characters to search.')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?country=CO&seekingStatus=passive');
  });

  it('shows viewers no create, import or generate controls', async () => {
    candidatesApi('viewer');
    renderApp('/candidates');
    await screen.findByRole('rowheader', { name: 'Ana Gómez' });
    expect(screen.queryByRole('link', { name: 'New candidate' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Import CSV' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Generate test data' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Imports' })).toBeInTheDocument();
  });

  it('ignores invalid URL values instead of sending them', () => {
    expect(queryFromParams(new URLSearchParams('q=ab&sort=bogus&seekingStatus=x&minExperience=-1&skill=go'))).toEqual({
      q: undefined,
      segmentId: undefined,
      country: undefined,
      skill: ['go'],
      minExperience: undefined,
      maxExperience: undefined,
      seekingStatus: undefined,
      sort: undefined,
    });
  });
});
