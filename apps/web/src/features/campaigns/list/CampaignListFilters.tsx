import { useState, type FormEvent } from 'react';
import { usePlatformLabel } from '../../../api/hooks/adsPlatforms';
import type { CampaignPerformancePage } from '../../../api/hooks/campaigns';
import { Button } from '../../../components/Button';
import { SelectField, TextField } from '../../../components/FormField';
import { CAMPAIGN_STATUS_LABELS } from '../campaignStatus';
import { STATUSES } from './listQuery';

interface FiltersProps {
  params: URLSearchParams;
  facets: CampaignPerformancePage['facets'] | undefined;
  onChange: (key: string, value: string) => void;
}

const countOf = (facet: { value: string; count: number }[] | undefined, value: string) => facet?.find((f) => f.value === value)?.count ?? 0;

/** Search, status and platform; each option says how many campaigns it would show (with the other filters applied). */
export function CampaignListFilters({ params, facets, onChange }: FiltersProps) {
  const [q, setQ] = useState(params.get('q') ?? '');
  const platformLabel = usePlatformLabel();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange('q', q);
  };
  const platform = params.get('platform') ?? '';
  const platforms = [...new Set([...(facets?.platform.map((f) => f.value) ?? []), ...(platform ? [platform] : [])])];
  return (
    <form role="search" aria-label="Filter campaigns" onSubmit={submit} className="grid grid-cols-1 items-end gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-5">
      <TextField className="sm:col-span-2" label="Search" type="search" placeholder="Campaign name" maxLength={200} value={q} onChange={(e) => setQ(e.target.value)} />
      <SelectField
        label="Status"
        value={params.get('status') ?? ''}
        onChange={(e) => onChange('status', e.target.value)}
        options={[
          { value: '', label: 'Any status' },
          ...STATUSES.map((s) => ({ value: s, label: `${CAMPAIGN_STATUS_LABELS[s]} (${countOf(facets?.status, s)})` })),
        ]}
      />
      <SelectField
        label="Platform"
        value={platform}
        onChange={(e) => onChange('platform', e.target.value)}
        options={[{ value: '', label: 'Any platform' }, ...platforms.map((p) => ({ value: p, label: `${platformLabel(p)} (${countOf(facets?.platform, p)})` }))]}
      />
      <Button type="submit" variant="secondary">
        Search
      </Button>
    </form>
  );
}
