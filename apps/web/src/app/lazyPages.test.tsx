import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyPage } from './lazyPages';

describe('lazyPage', () => {
  it('shows a loading state while the page script loads, then the page; once loaded it renders at once', async () => {
    let finish!: () => void;
    const script = new Promise<{ ReportPage: () => ReactElement }>((resolve) => {
      finish = () => resolve({ ReportPage: () => <h1>Report</h1> });
    });
    const ReportPage = lazyPage(() => script, 'ReportPage');

    const first = render(<ReportPage />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading page…');
    finish();
    expect(await screen.findByRole('heading', { name: 'Report' })).toBeInTheDocument();
    first.unmount();

    render(<ReportPage />);
    expect(screen.getByRole('heading', { name: 'Report' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('loads a script once however often it is preloaded', async () => {
    let loads = 0;
    const Page = lazyPage(async () => (loads++, { Page: () => <p>page</p> }), 'Page');
    await Promise.all([Page.preload(), Page.preload()]);
    render(<Page />);
    expect(screen.getByText('page')).toBeInTheDocument();
    expect(loads).toBe(1);
  });
});
