import type { ReactNode } from 'react';
import { Button } from './Button';
import { cn, focusRing } from './cn';
import { LoadingBlock } from './Spinner';

export interface Column<Row> {
  /** Stable key for React. */
  key: string;
  header: ReactNode;
  /** Let a long header wrap onto two lines (a narrow figures column); headers stay on one line otherwise. */
  wrapHeader?: boolean;
  /** The column's name on a phone, where each row is a card of "label: value" lines; defaults to a string header. */
  label?: string;
  cell: (row: Row) => ReactNode;
  /** Render this column's cells as row headers (`<th scope="row">`): the name a screen reader repeats. */
  rowHeader?: boolean;
  className?: string;
  /** The cell for a CSV export of the visible columns (raw value: numbers as numbers, money in units); no `csv`, not exported. */
  csv?: (row: Row) => string | number | null | undefined;
  /** Sortable columns say how the rows are sorted by them now (`aria-sort` on the header). */
  sorted?: 'ascending' | 'descending' | 'none';
  /** The CSV header when `header` is not plain text, or to add a unit ("Spend (USD)"). */
  csvHeader?: string;
}

export interface LoadMore {
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

interface TableProps<Row> {
  caption: string;
  /** Hide the caption visually when a heading right above already says the same. */
  captionHidden?: boolean;
  columns: ReadonlyArray<Column<Row>>;
  rows: readonly Row[] | undefined;
  rowKey: (row: Row) => string;
  loading?: boolean;
  empty?: ReactNode;
  /** Cursor pagination: a "Load more" button under the table. */
  loadMore?: LoadMore;
}

/*
 * Under 640 px each row becomes a card: the row header on top, then one "column: value" line per
 * cell (the column name from data-label, drawn by ::before). The <thead> stays in the accessibility
 * tree, visually hidden. `relative` keeps visually hidden headers inside the scroll box.
 */
const CARD_ROW = 'max-sm:block max-sm:px-4 max-sm:py-3';
const CARD_CELL =
  'max-sm:flex max-sm:justify-between max-sm:gap-4 max-sm:px-0 max-sm:py-1 max-sm:text-right max-sm:whitespace-normal max-sm:break-words max-sm:before:shrink-0 max-sm:before:text-left max-sm:before:font-medium max-sm:before:text-slate-500 max-sm:before:content-[attr(data-label)]';
const CARD_TITLE = 'max-sm:block max-sm:px-0 max-sm:pt-0 max-sm:pb-1 max-sm:whitespace-normal max-sm:break-words';

/** The column's name on a phone card: `label`, a plain-text header, else its CSV header. */
export const columnLabel = <Row,>(c: Column<Row>) => c.label ?? (typeof c.header === 'string' ? c.header : c.csvHeader);

/** An accessible data table: caption, column headers, row headers, empty state; stacked cards on phones, horizontal scroll between. */
export function Table<Row>({ caption, captionHidden, columns, rows, rowKey, loading, empty = 'Nothing here yet.', loadMore }: TableProps<Row>) {
  if (loading && !rows) return <LoadingBlock label={`Loading ${caption.toLowerCase()}…`} />;
  const list = rows ?? [];
  return (
    <div>
      {/* Focusable and labelled so keyboard users can scroll a wide table. */}
      <div className={cn('relative overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200', focusRing)} tabIndex={0} role="region" aria-label={caption}>
        <table className="min-w-full divide-y divide-slate-200 text-left text-sm max-sm:block">
          <caption className={cn(captionHidden ? 'sr-only' : 'px-4 py-3 text-left text-base font-semibold text-slate-900 max-sm:block')}>{caption}</caption>
          <thead className="bg-slate-50 max-sm:sr-only">
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col" aria-sort={c.sorted} className={cn('px-4 py-2.5 text-xs font-semibold tracking-wide text-slate-600 uppercase', c.wrapHeader ? 'whitespace-normal' : 'whitespace-nowrap', c.className)}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 max-sm:block">
            {list.length === 0 ? (
              <tr className="max-sm:block">
                <td colSpan={columns.length} className="px-4 py-10 text-center text-slate-600 max-sm:block">
                  {empty}
                </td>
              </tr>
            ) : (
              list.map((row) => (
                <tr key={rowKey(row)} className={cn('hover:bg-slate-50/60', CARD_ROW)}>
                  {columns.map((c) =>
                    c.rowHeader ? (
                      <th key={c.key} scope="row" className={cn('px-4 py-3 font-medium text-slate-900', c.className, CARD_TITLE)}>
                        {c.cell(row)}
                      </th>
                    ) : (
                      <td key={c.key} data-label={columnLabel(c)} className={cn('px-4 py-3 text-slate-700', c.className, CARD_CELL)}>
                        {c.cell(row)}
                      </td>
                    ),
                  )}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      {loadMore && (
        <div className="mt-3 flex items-center justify-between gap-3 text-sm text-slate-600">
          <p aria-live="polite">
            Showing {list.length} {list.length === 1 ? 'entry' : 'entries'}
            {loadMore.hasMore ? '' : ' (all)'}
          </p>
          {loadMore.hasMore && (
            <Button variant="secondary" onClick={loadMore.onLoadMore} loading={loadMore.loading}>
              Load more
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
