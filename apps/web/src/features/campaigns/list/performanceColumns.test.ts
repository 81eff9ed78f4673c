import { describe, expect, it } from 'vitest';
import { columnLabel } from '../../../components/Table';
import { performanceColumns } from './performanceColumns';
import { selectionColumns } from './selectionColumns';

describe('campaign list columns on a phone', () => {
  it('name every cell of the stacked card, sortable (button) headers included', () => {
    const columns = [
      ...selectionColumns([], { selected: new Set(), toggle: () => {}, toggleAll: () => {} }),
      ...performanceColumns({ currency: 'USD', sort: 'spend', order: 'desc', onSort: () => {} }),
    ];
    const unnamed = columns.filter((c) => !columnLabel(c)).map((c) => c.key);
    expect(unnamed).toEqual([]);
    expect(columns.map(columnLabel)).toEqual(expect.arrayContaining(['Select', 'Running', 'Spend', 'Clicks', 'Applicants', 'Cost per applicant']));
  });
});
