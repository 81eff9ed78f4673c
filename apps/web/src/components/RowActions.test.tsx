import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RowAction, rowActionsColumn } from './RowActions';
import { Table } from './Table';

interface Row {
  id: string;
  name: string;
  locked: boolean;
}

const rows: Row[] = [
  { id: '1', name: 'Alpha', locked: false },
  { id: '2', name: 'Beta', locked: true },
];

describe('rowActionsColumn and RowAction', () => {
  it('adds a right-aligned last column with a screen-reader header and per-row buttons named after the row', async () => {
    const onDelete = vi.fn();
    render(
      <Table
        caption="Things"
        rows={rows}
        rowKey={(r) => r.id}
        columns={[
          { key: 'name', header: 'Name', rowHeader: true, cell: (r) => r.name },
          rowActionsColumn<Row>(
            (r) => (r.locked ? null : <RowAction label="Delete" name={r.name} onClick={() => onDelete(r.id)} />),
            'Row actions',
          ),
        ]}
      />,
    );
    const header = screen.getByRole('columnheader', { name: 'Row actions' });
    expect(header.querySelector('.sr-only')).not.toBeNull();
    const [alpha, beta] = screen.getAllByRole('row').slice(1);
    expect(within(beta!).queryByRole('button')).not.toBeInTheDocument();
    const button = within(alpha!).getByRole('button', { name: 'Delete Alpha' });
    expect(button).toHaveTextContent('Delete');
    await userEvent.click(button);
    expect(onDelete).toHaveBeenCalledWith('1');
  });

  it('passes button props through (a pending action shows as busy and cannot be clicked twice)', () => {
    render(<RowAction label="Verify" name="Meta EU" loading />);
    const button = screen.getByRole('button', { name: 'Verify Meta EU' });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('aria-busy', 'true');
  });
});
