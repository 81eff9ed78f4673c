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
  importFixture({ status: 'running', progress: { rowsProcessed: 2, totalRows: 5, percent: 40 }, counts: { created: 2, updated: 0, unchanged: 0, rejected: 0, warned: 0 } }),
  importFixture({
    status: 'completed',
    progress: { rowsProcessed: 4, totalRows: 4, percent: 100 },
    counts: { created: 3, updated: 0, unchanged: 0, rejected: 1, warned: 1 },
    warnings: [{ row: 3, field: 'seeking_status', message: 'must be one of: active, passive, not_looking; imported without seeking_status' }],
    rejectedCsvUrl: `/api/candidates/imports/${IMPORT_ID}/rejected.csv`,
    errors: [{ row: 4, field: 'country_code', message: 'must be an ISO 3166-1 alpha-2 country code (e.g. "US")' }],
    finishedAt: '2026-03-01T10:00:05Z',
  }),
];

/** The API's preview of `Name,Contact,Shoe size`: it guesses full_name only until the user maps Contact to email. */
function previewFixture(mapping: Array<string | null> | null) {
  const columns = mapping ?? ['full_name', null, null];
  const complete = columns.includes('email');
  return {
    delimiter: ',',
    columns: ['Name', 'Contact', 'Shoe size'].map((header, index) => ({ index, header, column: columns[index], guessed: !mapping })),
    problems: complete ? [] : ['The column mapping sends no column to email; every import needs full_name and email.'],
    rows: [{ line: 2, values: ['Ana', 'ana@example.com', '38'], outcome: complete ? 'imported' : 'rejected', errors: complete ? [] : [{ field: 'email', message: 'is required' }], warnings: [] }],
    knownColumns: [
      { name: 'full_name', required: true, allowedValues: null, description: 'text' },
      { name: 'email', required: true, allowedValues: null, description: 'an email address' },
      { name: 'seeking_status', required: false, allowedValues: ['active', 'passive', 'not_looking'], description: 'one of …' },
    ],
    defaultSalaryCurrency: 'USD',
    commonCurrencies: ['USD', 'EUR'],
  };
}

/** The fake API plus the multipart upload (fakeApi only reads JSON bodies, so the upload is answered here). */
function importApi(role: keyof typeof users = 'recruiter') {
  let step = 0;
  const server = mockApi({
    'GET /api/auth/me': meHandler(users[role]),
    'GET /api/candidates/imports': () => json({ items: [], nextCursor: null }),
    [`GET /api/candidates/imports/${IMPORT_ID}`]: () => json(sequence[Math.min(step++, sequence.length - 1)]),
  });
  const uploads: FormData[] = [];
  const previews: FormData[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const path = new URL(request.url).pathname;
    if (request.method === 'POST' && path === '/api/candidates/imports') {
      uploads.push(await request.formData());
      return json(importFixture(), 202);
    }
    if (request.method === 'POST' && path === '/api/candidates/imports/preview') {
      const form = await request.formData();
      previews.push(form);
      return json(previewFixture(form.get('mapping') ? JSON.parse(String(form.get('mapping'))) : null));
    }
    return server.fetchMock(request);
  });
  return { server, uploads, previews, statusCalls: () => step };
}

describe('ImportPage', () => {
  it('uploads the picked file, shows live progress, then the counts, row errors and the rejected-rows download', async () => {
    const api = importApi();
    const { user, router } = renderApp('/candidates/imports', importRoutes);

    await user.click(await screen.findByRole('button', { name: 'Start import' }));
    expect(screen.getByText('Choose a CSV file to import.')).toBeInTheDocument();

    const file = new File(['Name,Contact,Shoe size\nAna,ana@example.com,38\n'], 'people.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('CSV file'), file);

    // The preview: the guess misses the email column, so the import cannot start yet.
    expect(await screen.findByRole('alert')).toHaveTextContent('sends no column to email');
    expect(screen.getByRole('button', { name: 'Start import' })).toBeDisabled();
    expect(within(screen.getByRole('table', { name: 'First rows of the file' })).getByText('Rejected')).toBeInTheDocument();

    // Mapping "Contact" to email previews again with the user's mapping.
    await user.selectOptions(screen.getByLabelText('Column “Contact” imports as'), 'email');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Start import' })).toBeEnabled());
    expect(JSON.parse(String(api.previews.at(-1)!.get('mapping')))).toEqual(['full_name', 'email', null]);
    expect(within(screen.getByRole('table', { name: 'First rows of the file' })).getByText('Imported')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start import' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/candidates/imports/${IMPORT_ID}`));
    expect(api.uploads).toHaveLength(1);
    // Sent as the multipart field `file` (jsdom's File loses its name and bytes on the way through Node's
    // Request, so only the field is checked here; the e2e test uploads a real file), with the mapping the preview showed.
    expect(api.uploads[0]!.has('file')).toBe(true);
    expect(JSON.parse(String(api.uploads[0]!.get('mapping')))).toEqual(['full_name', 'email', null]);
    expect(api.uploads[0]!.get('defaultSalaryCurrency')).toBe('USD');

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
    expect(within(screen.getByRole('table', { name: 'Row warnings' })).getByRole('rowheader', { name: '3' }).closest('tr')).toHaveTextContent('imported without seeking_status');
    expect(within(countList).getByText('With warnings').nextElementSibling).toHaveTextContent('1');
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

  it('links the import template', async () => {
    importApi();
    renderApp('/candidates/imports', importRoutes);
    expect(await screen.findByRole('link', { name: 'Download the template (CSV)' })).toHaveAttribute('href', '/api/candidates/imports/template.csv');
  });
});
