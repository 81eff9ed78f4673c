import { useCallback, useMemo, useState } from 'react';
import { useMe } from '../../../api/hooks/auth';
import { useCampaignPerformance, type CampaignSort } from '../../../api/hooks/campaigns';
import { useCan } from '../../../app/permissions';
import { useUrlFilters } from '../../../app/useUrlFilters';
import { tableCsvColumns } from '../../../components/csv';
import { useDateRange } from '../../dashboard/dateRange';
import { effectiveOrder, filtersFromParams, nextSort } from './listQuery';
import { OPTIONAL_COLUMNS, performanceColumns } from './performanceColumns';
import { selectionColumns } from './selectionColumns';
import { useColumnChoice } from './useColumnChoice';

const OPTIONAL_KEYS = OPTIONAL_COLUMNS.map((c) => c.key);
const DEFAULT_KEYS = OPTIONAL_COLUMNS.filter((c) => c.byDefault).map((c) => c.key);
/** The sort and its order do not narrow the list ("No campaigns yet" rather than "match these filters"). */
const UNFILTERED = ['sort', 'order'];

/** State of the campaigns performance table: URL filters and sort, the shared date range, rows, selection and columns. */
export function useCampaignList() {
  const can = useCan();
  const userId = useMe().data?.id;
  const { range } = useDateRange();
  const { params, query: filters, filtered, update } = useUrlFilters(filtersFromParams, { unfiltered: UNFILTERED });
  const campaigns = useCampaignPerformance({ ...filters, ...range });
  const pages = campaigns.data?.pages;
  const rows = useMemo(() => pages?.flatMap((p) => p.items), [pages]);
  const first = pages?.[0];
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const { shown, toggle: toggleColumn } = useColumnChoice(userId, 'campaign-columns', OPTIONAL_KEYS, DEFAULT_KEYS);

  const onSort = useCallback((sort: CampaignSort) => update(nextSort(filters, sort)), [filters, update]);
  const toggle = (id: string) => setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  const toggleAll = (ids: readonly string[]) => setSelected((s) => (ids.every((id) => s.has(id)) ? new Set() : new Set(ids)));

  const all = performanceColumns({ currency: first?.currency ?? 'USD', sort: filters.sort ?? 'createdAt', order: effectiveOrder(filters), onSort });
  const visible = all.filter((c) => c.key === 'name' || shown.includes(c.key));
  const columns = can('mutate') ? [...selectionColumns(rows ?? [], { selected, toggle, toggleAll }), ...visible] : visible;
  const names = new Map((rows ?? []).map((r) => [r.campaign.id, r.campaign.name]));

  return {
    can, params, filtered, range, campaigns, rows, first, columns, names,
    csvColumns: tableCsvColumns(visible),
    selected: [...selected].filter((id) => names.has(id)),
    clearSelection: () => setSelected(new Set()),
    setFilter: (key: string, value: string) => update({ [key]: value }),
    pickable: OPTIONAL_COLUMNS.map(({ key, label }) => ({ key, label })),
    shown, toggleColumn,
  };
}
