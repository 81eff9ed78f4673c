import type { CampaignSort } from '../../../api/hooks/campaigns';
import { cn, focusRing } from '../../../components/cn';

interface SortHeaderProps {
  label: string;
  sort: CampaignSort;
  /** How the list is sorted by this column now, if it is. */
  active: 'asc' | 'desc' | null;
  onSort: (sort: CampaignSort) => void;
}

/** A column header that sorts the list by its column (the API sorts; the header's `aria-sort` says how). */
export function SortHeader({ label, sort, active, onSort }: SortHeaderProps) {
  return (
    <button type="button" onClick={() => onSort(sort)} className={cn('inline-flex items-center gap-1 uppercase hover:text-slate-900', focusRing)}>
      {label}
      <span aria-hidden="true" className={cn('text-[10px]', active ? 'text-indigo-700' : 'text-slate-400')}>
        {active === 'asc' ? '▲' : active === 'desc' ? '▼' : '↕'}
      </span>
    </button>
  );
}
