import type { ApplicationFilter } from '../../api/hooks/applications';
import { useAdsPlatforms } from '../../api/hooks/adsPlatforms';
import { useCampaignChoices } from '../../api/hooks/automationRules';
import { useJobs } from '../../api/hooks/jobs';
import { useSegments } from '../../api/hooks/segments';
import type { ParamChanges } from '../../app/useUrlFilters';
import { SelectField } from '../../components/FormField';
import { STAGE_LABELS, STAGE_ORDER } from './stages';

interface Props {
  filter: ApplicationFilter;
  onChange: (changes: ParamChanges) => void;
}

const any = (label: string) => ({ value: '', label });

/** Job, campaign, platform, segment and stage pickers; each change applies at once (the URL keeps it). */
export function ApplicationFilters({ filter, onChange }: Props) {
  const jobs = useJobs({});
  const campaigns = useCampaignChoices();
  const platforms = useAdsPlatforms();
  const segments = useSegments();
  const jobOptions = (jobs.data?.pages[0]?.items ?? []).map((j) => ({ value: j.id, label: j.title }));
  if (filter.jobId && !jobOptions.some((o) => o.value === filter.jobId)) jobOptions.unshift({ value: filter.jobId, label: 'The selected job' });
  const fields = [
    { name: 'jobId', label: 'Job', options: [any('Any job'), ...jobOptions] },
    { name: 'campaignId', label: 'Campaign', options: [any('Any campaign'), ...(campaigns.data ?? []).map((c) => ({ value: c.id, label: c.name }))] },
    { name: 'platform', label: 'Platform', options: [any('Any platform'), ...(platforms.data ?? []).map((p) => ({ value: p.kind, label: p.label }))] },
    { name: 'segmentId', label: 'Segment', options: [any('Any segment'), ...(segments.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))] },
    { name: 'stage', label: 'Stage', options: [any('Any stage'), ...STAGE_ORDER.map((s) => ({ value: s, label: STAGE_LABELS[s] }))] },
  ] as const;
  return (
    <form role="search" aria-label="Filter applications" className="mb-4 grid grid-cols-1 gap-3 sm:grid-cols-3 lg:grid-cols-5" onSubmit={(e) => e.preventDefault()}>
      {fields.map((f) => (
        <SelectField
          key={f.name}
          label={f.label}
          options={f.options}
          value={filter[f.name] ?? ''}
          onChange={(e) => onChange({ [f.name]: e.target.value || null })}
        />
      ))}
    </form>
  );
}
