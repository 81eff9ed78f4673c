import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { UrlTabs } from './UrlTabs';

function renderTabs(url = '/thing') {
  const router = createMemoryRouter(
    [
      {
        path: '/thing',
        element: (
          <UrlTabs
            label="Thing sections"
            idPrefix="thing"
            tabs={[
              { id: 'details', label: 'Details', panel: () => <p>Details panel</p> },
              { id: 'history', label: 'History', panel: () => <p>History panel</p> },
              { id: 'costs', label: 'Costs', panel: () => <p>Costs panel</p> },
            ]}
          />
        ),
      },
    ],
    { initialEntries: [url] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('UrlTabs', () => {
  it('opens the tab the URL names', () => {
    renderTabs('/thing?tab=costs');
    expect(screen.getByRole('tab', { name: 'Costs' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Costs' })).toHaveTextContent('Costs panel');
  });

  it('falls back to the first tab for an unknown name', () => {
    renderTabs('/thing?tab=bogus');
    expect(screen.getByRole('tabpanel', { name: 'Details' })).toHaveTextContent('Details panel');
  });

  it('keeps the choice in the URL (the first tab leaves it clean) and moves with the arrow keys, wrapping around', async () => {
    const user = userEvent.setup();
    const router = renderTabs();
    await user.click(screen.getByRole('tab', { name: 'History' }));
    expect(router.state.location.search).toBe('?tab=history');
    expect(screen.getByRole('tab', { name: 'History' })).toHaveFocus();

    await user.keyboard('{ArrowRight}');
    expect(router.state.location.search).toBe('?tab=costs');
    expect(screen.getByRole('tab', { name: 'Costs' })).toHaveFocus();

    await user.keyboard('{ArrowRight}');
    expect(router.state.location.search).toBe('');
    expect(screen.getByRole('tab', { name: 'Details' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Details' })).toHaveAttribute('tabindex', '0');

    await user.keyboard('{ArrowLeft}');
    expect(router.state.location.search).toBe('?tab=costs');
  });
});
