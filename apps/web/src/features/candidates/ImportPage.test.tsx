import { screen, waitFor, within } from '@testing-library/react';
import { vi, describe, expect, it } from 'vitest';
import { json, meHandler, mockApi, users } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';
import { ImportPage } from './ImportPage';
import { IMPORT_ID, importFixture } from './testFixtures';

/** The import pages alone, polling every 10 ms instead of every second. */
const importRoutes = [
  { path: '/candidates/imports', element: <ImportPage pollMs={10} /> },
  { path: '/candidates/imports/:importId', element: <ImportPage pollMs={10} /> },
];

const sequence = [
  importFixture({ status: 'queued' }),
  importFixture({ status: 'running', progress: { rowsProcessed: 2, totalRows: 5, percent: 40 }, counts: { created: 2, updated: 0, unchanged: 0, rejected: 0 } }),
  importFixture({
    status: 'completed',
    progress: { rowsProcessed: 4, totalRows: 4, percent: 100 },
    counts: { created: 3, updated: 0, unchanged: 0, rejected: 1 },
    rejectedCsvUrl: `/api/candidates/imports/${IMPORT_ID}/rejected.csv`,
    errors: [{ row: 4, field: 'country_code', message: 'must be an ISO 3166-1 alpha-2 country code (e.g. "US")' }],
    finishedAt: '2026-03-01T10:00:05Z',
  }),
];

/** The fake API plus the multipart upload (fakeApi only reads JSON bodies, so the upload is answered here). */
function importApi(role: keyof typeof users = 'recruiter') {
  let step = 0;
  const server = mockApi({
    'GET /api/auth/me': meHandler(users[role]),
    'GET /api/candidates/imports': () => json({ items: [], nextCursor: null }),
    [`GET /api/candidates/imports/${IMPORT_ID}`]: () => json(sequence[Math.min(step++, sequence.length - 1)]),
  });
  const uploads: FormData[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    if (request.method === 'POST' && new URL(request.url).pathname === '/api/candidates/imports') {
      uploads.push(await request.formData());
      return json(importFixture(), 202);
    }
    return server.fetchMock(request);
  });
  return { server, uploads, statusCalls: () => step };
}

describe('ImportPage', () => {
  it('uploads the picked file, shows live progress, then the counts, row errors and the rejected-rows download', async () => {
    const api = importApi();
    const { user, router } = renderApp('/candidates/imports', importRoutes);

    await user.click(await screen.findByRole('button', { name: 'Start import' }));
    expect(screen.getByText('Choose a CSV file to import.')).toBeInTheDocument();

    const file = new File(['full_name,email\nAna,ana@example.com\n'], 'people.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('CSV file'), file);
    await user.click(screen.getByRole('button', { name: 'Start import' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/candidates/imports/${IMPORT_ID}`));
    expect(api.uploads).toHaveLength(1);
    // Sent as the multipart field `file` (jsdom's File loses its name and bytes on the way through Node's
    // Request, so only the field is checked here; the e2e test uploads a real file).
    expect(api.uploads[0]!.has('file')).toBe(true);

    // The running state: a progress bar at 40%.
    await waitFor(() => expect(screen.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute('aria-valuenow', '40'));
    expect(screen.getByText('Running')).toBeInTheDocument();

    // Then completed: polling stops, counts, the error row and the download link.
    await screen.findByText('Completed');
    expect(screen.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute('aria-valuenow', '100');
    const countList = screen.getByLabelText('Import counts');
    expect(within(countList).getByText('Created').nextElementSibling).toHaveTextContent('3');
    expect(within(countList).getByText('Rejected').nextElementSibling).toHaveTextContent('1');
    const errors = screen.getByRole('table', { name: 'Row errors' });
    const errorRow = within(errors).getByRole('rowheader', { name: '4' }).closest('tr')!;
    expect(errorRow).toHaveTextContent('country_code');
    expect(errorRow).toHaveTextContent('must be an ISO 3166-1 alpha-2 country code');
    expect(screen.getByRole('link', { name: 'Download rejected rows (CSV)' })).toHaveAttribute('href', `/api/candidates/imports/${IMPORT_ID}/rejected.csv`);

    const calls = api.statusCalls();
    await new Promise((r) => setTimeout(r, 80));
    expect(api.statusCalls()).toBe(calls);
  });

  it('shows why a whole file failed', async () => {
    mockApi({
      'GET /api/auth/me': meHandler(users.recruiter),
      'GET /api/candidates/imports': () => json({ items: [], nextCursor: null }),
      [`GET /api/candidates/imports/${IMPORT_ID}`]: () => json(importFixture({ status: 'failed', error: 'The header has no email column; every file needs full_name and email.' })),
    });
    renderApp(`/candidates/imports/${IMPORT_ID}`, importRoutes);
    expect(await screen.findByRole('alert')).toHaveTextContent('The header has no email column');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('offers viewers the history but no upload', async () => {
    mockApi({
      'GET /api/auth/me': meHandler(users.viewer),
      'GET /api/candidates/imports': () => json({ items: [importFixture({ status: 'completed' })], nextCursor: null }),
    });
    renderApp('/candidates/imports', importRoutes);
    expect(await screen.findByRole('rowheader', { name: 'people.csv' })).toBeInTheDocument();
    expect(screen.queryByLabelText('CSV file')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start import' })).not.toBeInTheDocument();
  });
});
