import { useState, type FormEvent } from 'react';
import { useJobs, type Job, type JobListQuery, type JobSort, type JobStatus } from '../../api/hooks/jobs';
import { useCan } from '../../app/permissions';
import { useUrlFilters, type ParamChanges } from '../../app/useUrlFilters';
import { Button } from '../../components/Button';
import { FilterPanel } from '../../components/FilterPanel';
import { LinkButton } from '../../components/LinkButton';
import { SelectField, TextField } from '../../components/FormField';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Table, type Column } from '../../components/Table';
import { EMPLOYMENT_LABELS, EXPERIENCE_LABELS, optionsOf } from './jobForm';
import { formatLocation, formatSalary, JobStatusBadge, STATUS_LABELS } from './jobStatus';
import { TextLink } from '../../components/TextLink';
import { useJobFigures } from '../../api/hooks/campaigns';
import { formatRange } from '../../components/charts/format';
import { useDateRange } from '../dashboard/dateRange';
import { jobAdvertisingColumns } from './jobAdvertisingColumns';

export const SORT_OPTIONS: ReadonlyArray<{ value: JobSort; label: string }> = [
  { value: '-createdAt', label: 'Newest first' },
  { value: 'createdAt', label: 'Oldest first' },
  { value: 'title', label: 'Title A–Z' },
  { value: '-title', label: 'Title Z–A' },
  { value: 'closingDate', label: 'Closing soonest' },
  { value: '-closingDate', label: 'Closing latest' },
  { value: '-salaryMax', label: 'Highest salary' },
  { value: 'salaryMax', label: 'Lowest salary' },
];

const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  value && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;

/** The list query the URL describes; unknown values are ignored (a shared link never breaks the page). */
export function queryFromParams(params: URLSearchParams): JobListQuery {
  const text = (key: string) => params.get(key)?.trim() || undefined;
  const country = text('country');
  return {
    q: text('q'),
    status: pick(params.get('status'), Object.keys(STATUS_LABELS) as JobStatus[]),
    country: country && /^[A-Za-z]{2}$/.test(country) ? country.toUpperCase() : undefined,
    employmentType: pick(params.get('employmentType'), Object.keys(EMPLOYMENT_LABELS) as Job['employmentType'][]),
    experienceLevel: pick(params.get('experienceLevel'), Object.keys(EXPERIENCE_LABELS) as Job['experienceLevel'][]),
    skill: text('skill'),
    sort: pick(params.get('sort'), SORT_OPTIONS.map((o) => o.value)),
  };
}

export function JobsListPage() {
  const can = useCan();
  const { params, query, filtered, update, reset } = useUrlFilters(queryFromParams);
  const jobs = useJobs(query);
  const rows = jobs.data?.pages.flatMap((p) => p.items);
  const { range } = useDateRange();
  const figures = useJobFigures(rows?.map((j) => j.id) ?? [], range);
  const figuresByJob = figures.data && new Map(figures.data.items.map((f) => [f.jobId, f]));

  const columns: Column<Job>[] = [
    {
      key: 'title',
      header: 'Title',
      rowHeader: true,
      cell: (j) => (
        <TextLink to={`/jobs/${j.id}`}>
          {j.title}
        </TextLink>
      ),
    },
    // Company, place and kind of job in one cell: the list fits a 1440 px screen.
    {
      key: 'company',
      header: 'Company and location',
      wrapHeader: true,
      cell: (j) => (
        <span className="flex flex-col gap-0.5">
          <span>{j.company}</span>
          <span className="text-xs text-slate-500">{formatLocation(j)}</span>
          <span className="text-xs text-slate-500">{`${EMPLOYMENT_LABELS[j.employmentType]} · ${EXPERIENCE_LABELS[j.experienceLevel]}`}</span>
        </span>
      ),
    },
    { key: 'salary', header: 'Salary', cell: (j) => formatSalary(j.salary) },
    { key: 'closing', header: 'Closes', className: 'whitespace-nowrap', cell: (j) => j.closingDate ?? '—' },
    { key: 'status', header: 'Status', cell: (j) => <JobStatusBadge status={j.status} /> },
    ...jobAdvertisingColumns(figuresByJob, figures.data?.currency ?? 'USD'),
  ];

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Jobs"
        description="Job openings you advertise: title, location, salary range and status."
        actions={
          can('mutate') && (
            <LinkButton variant="primary" to="/jobs/new">
              New job
            </LinkButton>
          )
        }
      />
      <JobFilters
        // Re-read the text fields when the URL changes under them (back/forward, Clear), not on every select.
        key={['q', 'skill', 'country'].map((k) => params.get(k) ?? '').join('\u0000')}
        params={params}
        onChange={update}
        onClear={() => reset({ sort: params.get('sort') })}
        filtered={filtered}
      />
      {jobs.isError && <ProblemAlert error={jobs.error} />}
      {figures.isError && <ProblemAlert error={figures.error} />}
      <p className="text-sm text-slate-600">Advertising figures for {formatRange(range)} (UTC days, as on the dashboard).</p>
      <Table
        caption="Jobs"
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(j) => j.id}
        loading={jobs.isPending}
        empty={filtered ? 'No jobs match these filters.' : 'No jobs yet.'}
        loadMore={{ hasMore: !!jobs.hasNextPage, loading: jobs.isFetchingNextPage, onLoadMore: () => void jobs.fetchNextPage() }}
      />
    </div>
  );
}

interface JobFiltersProps {
  params: URLSearchParams;
  onChange: (changes: ParamChanges) => void;
  onClear: () => void;
  filtered: boolean;
}

/** Selects apply at once; the text filters (search, skill, country) apply on Search / Enter. */
function JobFilters({ params, onChange, onClear, filtered }: JobFiltersProps) {
  const [q, setQ] = useState(params.get('q') ?? '');
  const [skill, setSkill] = useState(params.get('skill') ?? '');
  const [country, setCountry] = useState(params.get('country') ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ q, skill, country: country.toUpperCase() });
  };

  return (
    <FilterPanel label="Filter jobs" active={filtered} onSubmit={submit} className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <TextField className="sm:col-span-2" label="Search" type="search" placeholder="Title, company or description" maxLength={200} value={q} onChange={(e) => setQ(e.target.value)} />
      <TextField label="Skill" placeholder="e.g. typescript" maxLength={60} value={skill} onChange={(e) => setSkill(e.target.value)} />
      <TextField label="Country" placeholder="e.g. DE" maxLength={2} value={country} onChange={(e) => setCountry(e.target.value)} />
      <SelectField
        label="Status"
        value={params.get('status') ?? ''}
        onChange={(e) => onChange({ status: e.target.value })}
        options={[{ value: '', label: 'All but archived' }, ...optionsOf(STATUS_LABELS)]}
      />
      <SelectField
        label="Employment type"
        value={params.get('employmentType') ?? ''}
        onChange={(e) => onChange({ employmentType: e.target.value })}
        options={[{ value: '', label: 'Any' }, ...optionsOf(EMPLOYMENT_LABELS)]}
      />
      <SelectField
        label="Experience"
        value={params.get('experienceLevel') ?? ''}
        onChange={(e) => onChange({ experienceLevel: e.target.value })}
        options={[{ value: '', label: 'Any' }, ...optionsOf(EXPERIENCE_LABELS)]}
      />
      <SelectField label="Sort by" value={params.get('sort') ?? '-createdAt'} onChange={(e) => onChange({ sort: e.target.value === '-createdAt' ? '' : e.target.value })} options={SORT_OPTIONS} />
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-4">
        <Button type="submit">Search</Button>
        {filtered && (
          <Button variant="ghost" onClick={onClear}>
            Clear filters
          </Button>
        )}
      </div>
    </FilterPanel>
  );
}
