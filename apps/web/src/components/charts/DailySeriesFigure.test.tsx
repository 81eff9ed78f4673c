import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DailySeriesFigure } from './DailySeriesFigure';

const rows = [
  { date: '2026-11-01', key: 'meta', label: 'meta', value: 1200 },
  { date: '2026-11-01', key: 'google', label: 'google', value: 300 },
  { date: '2026-11-03', key: 'meta', label: 'meta', value: 500 },
];
const range = { from: '2026-11-01', to: '2026-11-03' };
const money = (minor: number) => `$${(minor / 100).toFixed(2)}`;
const names: Record<string, string> = { meta: 'Meta', google: 'Google Ads' };

describe('DailySeriesFigure', () => {
  it('is an image with a summary, and swaps to a table with every day and group', async () => {
    const user = userEvent.setup();
    render(<DailySeriesFigure title="Spend per day" rows={rows} range={range} formatValue={money} labelOf={(s) => names[s.key]!} />);

    const figure = screen.getByRole('figure', { name: 'Spend per day' });
    const image = within(figure).getByRole('img');
    expect(image).toHaveAccessibleName(/Spend per day, .*: \$20\.00 in total \(Meta \$17\.00, Google Ads \$3\.00\)\./);
    expect(within(figure).queryByRole('table')).not.toBeInTheDocument();

    await user.click(within(figure).getByRole('button', { name: 'Show table: Spend per day' }));
    const table = within(figure).getByRole('table', { name: 'Spend per day' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Date', 'Meta', 'Google Ads', 'Total']);
    const body = within(table).getAllByRole('row').slice(1);
    expect(
      body.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['$12.00', '$3.00', '$15.00'],
      ['$0.00', '$0.00', '$0.00'], // the missing day is there, as zero
      ['$5.00', '$0.00', '$5.00'],
    ]);
    expect(within(body[1]!).getByRole('rowheader').querySelector('time')).toHaveAttribute('dateTime', '2026-11-02');

    await user.click(within(figure).getByRole('button', { name: 'Show chart: Spend per day' }));
    expect(within(figure).getByRole('img')).toBeInTheDocument();
    expect(within(figure).queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows the empty text, and no toggle, when nothing happened', () => {
    render(<DailySeriesFigure title="Clicks per day" rows={[]} range={range} formatValue={String} emptyText="No clicks in this period." />);
    expect(screen.getByText('No clicks in this period.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('holds the chart height while loading, when empty and once drawn, so the page below does not move', () => {
    const body = (title: string) => screen.getByRole('figure', { name: title }).querySelector('[id]:not(h3)') as HTMLElement;
    render(<DailySeriesFigure title="Loading" rows={undefined} loading range={range} formatValue={money} height={300} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading loading…');
    expect(body('Loading').style.minHeight).toBe('300px');
    render(<DailySeriesFigure title="Empty" rows={[]} range={range} formatValue={money} height={300} />);
    expect(body('Empty').style.minHeight).toBe('300px');
    render(<DailySeriesFigure title="Drawn" rows={rows} range={range} formatValue={money} height={300} />);
    expect(body('Drawn').style.minHeight).toBe('300px');
  });
});
