import type { ReactNode } from 'react';
import { Button, type ButtonProps } from './Button';
import type { Column } from './Table';

/**
 * The last column of a table: per-row buttons, right-aligned, under a header only screen readers
 * hear. `cell` may return nothing for rows without actions.
 */
export function rowActionsColumn<Row>(cell: (row: Row) => ReactNode, header = 'Actions'): Column<Row> {
  return {
    key: 'actions',
    header: <span className="sr-only">{header}</span>,
    className: 'text-right',
    cell: (row) => <span className="flex justify-end gap-2">{cell(row)}</span>,
  };
}

interface RowActionProps extends Omit<ButtonProps, 'children'> {
  /** What the button says, e.g. "Delete". */
  label: string;
  /** The row it acts on, so screen readers hear "Delete Weekly report" rather than one of many "Delete". */
  name: string;
}

export function RowAction({ label, name, ...props }: RowActionProps) {
  return (
    <Button variant="secondary" size="sm" aria-label={`${label} ${name}`} {...props}>
      {label}
    </Button>
  );
}
