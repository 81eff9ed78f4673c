import type { CampaignPerformanceRow } from '../../../api/hooks/campaigns';
import type { Column } from '../../../components/Table';
import { StatusSwitch } from './StatusSwitch';

type Row = CampaignPerformanceRow;

export interface Selection {
  selected: ReadonlySet<string>;
  toggle: (id: string) => void;
  /** Select every row shown, or clear when they all are. */
  toggleAll: (ids: readonly string[]) => void;
}

const box = 'size-4 rounded border-slate-300 text-indigo-600';

/** The leading columns for people who may act: a checkbox per row (bulk actions) and the on/off switch. */
export function selectionColumns(rows: readonly Row[], { selected, toggle, toggleAll }: Selection): Column<Row>[] {
  const ids = rows.map((r) => r.campaign.id);
  const all = ids.length > 0 && ids.every((id) => selected.has(id));
  return [
    {
      key: 'select',
      header: <input type="checkbox" className={box} aria-label="Select every campaign shown" checked={all} onChange={() => toggleAll(ids)} />,
      label: 'Select',
      className: 'w-8',
      cell: (r) => <input type="checkbox" className={box} aria-label={`Select ${r.campaign.name}`} checked={selected.has(r.campaign.id)} onChange={() => toggle(r.campaign.id)} />,
    },
    { key: 'running', header: <span className="sr-only">Running</span>, label: 'Running', className: 'w-12', cell: (r) => <StatusSwitch campaign={r.campaign} /> },
  ];
}
