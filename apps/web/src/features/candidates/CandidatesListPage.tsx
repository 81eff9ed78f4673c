import { useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useCandidates, type Candidate, type CandidateQuery, type CandidateSort, type SeekingStatus } from '../../api/hooks/candidates';
import { useCan } from '../../app/permissions';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { cn, focusRing } from '../../components/cn';
import { DateTime } from '../../components/DateTime';
import { SelectField, TextField } from '../../components/FormField';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Table, type Column } from '../../components/Table';
import { useSegments } from '../segments/segmentsApi';
import { formatLocation, optionsOf, SEEKING_LABELS } from './candidateFormat';

const SORTS: ReadonlyArray<{ value: CandidateSort; label: string }> = [
  { value: '-createdAt', label: 'Newest first' },
  { value: 'createdAt', label: 'Oldest first' },
  { value: '-updatedAt', label: 'Recently updated' },
  { value: 'fullName', label: 'Name A–Z' },
  { value: '-fullName', label: 'Name Z–A' },
  { value: '-yearsExperience', label: 'Most experience' },
  { value: 'yearsExperience', label: 'Least experience' },
];

/** The URL parameters the table reads (and writes on "Apply"); `skill` may repeat. */
const FILTER_KEYS = ['q', 'segmentId', 'country', 'skill', 'minExperience', 'maxExperience', 'seekingStatus', 'sort'] as const;

const toInt = (value: string | null) => (value && /^\d+$/.test(value) ? Number(value) : undefined);

/** The API query the URL describes (invalid values are left out rather than sent). */
export function queryFromParams(params: URLSearchParams): CandidateQuery {
  const q = params.get('q')?.trim();
  const sort = params.get('sort') as CandidateSort | null;
  const seeking = params.get('seekingStatus') as SeekingStatus | null;
  const skills = params.getAll('skill').filter(Boolean);
  return {
    q: q && q.length >= 3 ? q : undefined,
    segmentId: params.get('segmentId') || undefined,
    country: params.get('country')?.toUpperCase() || undefined,
    skill: skills.length ? skills : undefined,
    minExperience: toInt(params.get('minExperience')),
    maxExperience: toInt(params.get('maxExperience')),
    seekingStatus: seeking && seeking in SEEKING_LABELS ? seeking : undefined,
    sort: sort && SORTS.some((s) => s.value === sort) ? sort : undefined,
  };
}

interface Draft {
  q: string;
  segmentId: string;
  country: string;
  skill: string;
  minExperience: string;
  maxExperience: string;
  seekingStatus: string;
  sort: string;
}

const draftFromParams = (params: URLSearchParams): Draft => ({
  q: params.get('q') ?? '',
  segmentId: params.get('segmentId') ?? '',
  country: params.get('country') ?? '',
  skill: params.getAll('skill').join(', '),
  minExperience: params.get('minExperience') ?? '',
  maxExperience: params.get('maxExperience') ?? '',
  seekingStatus: params.get('seekingStatus') ?? '',
  sort: params.get('sort') ?? '',
});

export function CandidatesListPage() {
  const [params, setParams] = useSearchParams();
  const can = useCan();
  const query = useMemo(() => queryFromParams(params), [params]);
  const candidates = useCandidates(query);
  const segments = useSegments();
  const segmentNames = useMemo(() => new Map((segments.data?.items ?? []).map((s) => [s.id, s.name])), [segments.data]);
  const rows = useMemo(() => candidates.data?.pages.flatMap((p) => p.items), [candidates.data]);
  const filtered = FILTER_KEYS.some((k) => k !== 'sort' && params.has(k));

  const columns: Column<Candidate>[] = [
    {
      key: 'name',
      header: 'Name',
      rowHeader: true,
      cell: (c) => (
        <Link to={`/candidates/${c.id}`} className={cn('text-indigo-700 hover:underline', focusRing)}>
          {c.fullName}
        </Link>
      ),
    },
    { key: 'email', header: 'Email', cell: (c) => <span className="break-all">{c.email}</span> },
    { key: 'position', header: 'Desired position', cell: (c) => c.desiredPosition ?? <span className="text-slate-500">—</span> },
    { key: 'location', header: 'Location', cell: (c) => formatLocation(c.location) },
    { key: 'experience', header: 'Experience', className: 'text-right tabular-nums', cell: (c) => (c.yearsExperience === null ? '—' : `${c.yearsExperience} y`) },
    { key: 'seeking', header: 'Seeking', cell: (c) => (c.seekingStatus ? <Badge tone={c.seekingStatus === 'active' ? 'green' : 'neutral'}>{SEEKING_LABELS[c.seekingStatus]}</Badge> : '—') },
    {
      key: 'segment',
      header: 'Segment',
      cell: (c) =>
        c.segmentId ? (
          <Link to={`/segments/${c.segmentId}`} className={cn('text-indigo-700 hover:underline', focusRing)}>
            {segmentNames.get(c.segmentId) ?? 'Segment'}
          </Link>
        ) : (
          <span className="text-slate-500">None</span>
        ),
    },
    { key: 'added', header: 'Added', cell: (c) => <DateTime value={c.createdAt} /> },
  ];

  const segmentOptions = [{ value: '', label: 'Any segment' }, ...(segments.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))];

  return (
    <>
      <PageHeader
        title="Candidates"
        description="The candidate pool: search and filter, open a profile, import from CSV."
        actions={
          <>
            <Link to="/candidates/imports" className={cn('rounded-md px-3.5 py-2 text-sm font-semibold text-slate-800 ring-1 ring-slate-300 ring-inset hover:bg-slate-50', focusRing)}>
              {can('mutate') ? 'Import CSV' : 'Imports'}
            </Link>
            {can('mutate') && (
              <>
                <Link to="/candidates/generate" className={cn('rounded-md px-3.5 py-2 text-sm font-semibold text-slate-800 ring-1 ring-slate-300 ring-inset hover:bg-slate-50', focusRing)}>
                  Generate test data
                </Link>
                <Link to="/candidates/new" className={cn('rounded-md bg-indigo-600 px-3.5 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500', focusRing)}>
                  New candidate
                </Link>
              </>
            )}
          </>
        }
      />
      <Filters
        key={params.toString()}
        initial={draftFromParams(params)}
        segmentOptions={segmentOptions}
        onApply={(draft) => setParams(paramsFromDraft(draft))}
        onClear={() => setParams({})}
      />
      {candidates.error && <ProblemAlert error={candidates.error} className="mb-4" />}
      <Table
        caption={filtered ? 'Candidates matching the filters' : 'Candidates'}
        columns={columns}
        rows={rows}
        rowKey={(c) => c.id}
        loading={candidates.isPending}
        empty={filtered ? 'No candidate matches these filters.' : 'No candidates yet. Import a CSV or add one.'}
        loadMore={{ hasMore: !!candidates.hasNextPage, loading: candidates.isFetchingNextPage, onLoadMore: () => void candidates.fetchNextPage() }}
      />
    </>
  );
}

function paramsFromDraft(draft: Draft): URLSearchParams {
  const next = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    if (key === 'skill') {
      for (const s of draft.skill.split(',').map((x) => x.trim()).filter(Boolean)) next.append('skill', s);
      continue;
    }
    const value = draft[key].trim();
    if (value) next.set(key, key === 'country' ? value.toUpperCase() : value);
  }
  return next;
}

function Filters({ initial, segmentOptions, onApply, onClear }: { initial: Draft; segmentOptions: Array<{ value: string; label: string }>; onApply: (d: Draft) => void; onClear: () => void }) {
  const [draft, setDraft] = useState(initial);
  const [qError, setQError] = useState<string>();
  const set = (key: keyof Draft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value }));
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const q = draft.q.trim();
    if (q && q.length < 3) {
      setQError('Type at least 3 characters to search.');
      return;
    }
    setQError(undefined);
    onApply(draft);
  };
  return (
    <form role="search" aria-label="Filter candidates" onSubmit={apply} className="mb-4 grid grid-cols-1 gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-2 lg:grid-cols-4">
      <TextField label="Search" type="search" description="Name, email or desired position" value={draft.q} onChange={set('q')} error={qError} className="lg:col-span-2" />
      <SelectField label="Segment" value={draft.segmentId} onChange={set('segmentId')} options={segmentOptions} />
      <SelectField label="Seeking status" value={draft.seekingStatus} onChange={set('seekingStatus')} options={optionsOf(SEEKING_LABELS, 'Any status')} />
      <TextField label="Country" value={draft.country} onChange={set('country')} description="Two-letter code, e.g. ES" maxLength={2} />
      <TextField label="Skills" value={draft.skill} onChange={set('skill')} description="Has all of them; separate with commas" />
      <div className="grid grid-cols-2 gap-2">
        <TextField label="Min. years" type="number" min={0} max={70} value={draft.minExperience} onChange={set('minExperience')} />
        <TextField label="Max. years" type="number" min={0} max={70} value={draft.maxExperience} onChange={set('maxExperience')} />
      </div>
      <SelectField label="Sort by" value={draft.sort} onChange={set('sort')} options={[{ value: '', label: 'Newest first (default)' }, ...SORTS.slice(1)]} />
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-4">
        <Button type="submit">Apply filters</Button>
        <Button variant="ghost" onClick={onClear}>
          Clear
        </Button>
      </div>
    </form>
  );
}
