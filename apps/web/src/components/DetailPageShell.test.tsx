import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { DetailPageShell } from './DetailPageShell';

const inRouter = (ui: ReactNode) => render(<MemoryRouter>{ui}</MemoryRouter>);
const notFound = new ApiError({ status: 404, title: 'Not Found', detail: 'No such thing.' });

describe('DetailPageShell', () => {
  it('shows the way back and a loading state until the data is there', () => {
    inRouter(
      <DetailPageShell query={{ error: null }} back={{ to: '/things', label: '← All things' }} loadingLabel="Loading thing…">
        {() => <p>never</p>}
      </DetailPageShell>,
    );
    expect(screen.getByRole('link', { name: '← All things' })).toHaveAttribute('href', '/things');
    expect(screen.getByText('Loading thing…')).toBeInTheDocument();
    expect(screen.queryByText('never')).not.toBeInTheDocument();
  });

  it('renders the page with the data, under a breadcrumb when asked', () => {
    inRouter(
      <DetailPageShell
        query={{ data: { name: 'Widget' }, error: null }}
        back={{ to: '/things', label: 'Things', breadcrumb: true }}
        loadingLabel="Loading…"
      >
        {(thing) => <h1>{thing.name}</h1>}
      </DetailPageShell>,
    );
    expect(screen.getByRole('heading', { name: 'Widget' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toContainElement(screen.getByRole('link', { name: 'Things' }));
  });

  it('shows the problem (with the way back) when the request failed', () => {
    inRouter(
      <DetailPageShell query={{ data: undefined, error: notFound }} back={{ to: '/things', label: '← All things' }} loadingLabel="Loading…">
        {() => <p>never</p>}
      </DetailPageShell>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('No such thing.');
    expect(screen.getByRole('link', { name: '← All things' })).toBeInTheDocument();
  });

  it('shows the given Not found page instead for a 404, and the problem for other errors', () => {
    const shell = (error: Error) => (
      <DetailPageShell
        query={{ error }}
        back={{ to: '/things', label: 'Things' }}
        loadingLabel="Loading…"
        notFound={<h1>Page not found</h1>}
      >
        {() => <p>never</p>}
      </DetailPageShell>
    );
    const { unmount } = inRouter(shell(notFound));
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Things' })).not.toBeInTheDocument();
    unmount();
    inRouter(shell(new ApiError({ status: 500, title: 'Server error', detail: 'Try again later.' })));
    expect(screen.getByRole('alert')).toHaveTextContent('Try again later.');
  });
});
