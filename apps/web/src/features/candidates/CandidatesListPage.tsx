import { useMemo } from 'react';
import { useCandidates, type Candidate, type CandidateQuery, type CandidateSort, type SeekingStatus } from '../../api/hooks/candidates';
import { useCan } from '../../app/permissions';
import { useUrlFilters } from '../../app/useUrlFilters';
import { Badge } from '../../components/Badge';
import { DateTime } from '../../components/DateTime';
import { LinkButton } from '../../components/LinkButton';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Table, type Column } from '../../components/Table';
import { useSegments } from '../../api/hooks/segments';
import { changesFromDraft, CandidateFilters, draftFromParams, SORTS } from './CandidateFilters';
import { formatLocation, SEEKING_LABELS } from './candidateFormat';
import { TextLink } from '../../components/TextLink';

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

export function CandidatesListPage() {
  const { params, query, filtered, reset } = useUrlFilters(queryFromParams);
  const can = useCan();
  const candidates = useCandidates(query);
  const segments = useSegments();
  const segmentNames = useMemo(() => new Map((segments.data?.items ?? []).map((s) => [s.id, s.name])), [segments.data]);
  const rows = useMemo(() => candidates.data?.pages.flatMap((p) => p.items), [candidates.data]);

  const columns: Column<Candidate>[] = [
    {
      key: 'name',
      header: 'Name',
      rowHeader: true,
      cell: (c) => (
        <TextLink to={`/candidates/${c.id}`}>
          {c.fullName}
        </TextLink>
      ),
    },
    // At least 12rem wide: `break-all` let the table squeeze the column to one letter per line.
    { key: 'email', header: 'Email', cell: (c) => <span className="block min-w-48 [overflow-wrap:anywhere]">{c.email}</span> },
    { key: 'position', header: 'Desired position', cell: (c) => c.desiredPosition ?? <span className="text-slate-500">—</span> },
    { key: 'location', header: 'Location', cell: (c) => formatLocation(c.location) },
    { key: 'experience', header: 'Experience', className: 'text-right tabular-nums', cell: (c) => (c.yearsExperience === null ? '—' : `${c.yearsExperience} y`) },
    { key: 'seeking', header: 'Seeking', cell: (c) => (c.seekingStatus ? <Badge tone={c.seekingStatus === 'active' ? 'green' : 'neutral'}>{SEEKING_LABELS[c.seekingStatus]}</Badge> : '—') },
    {
      key: 'segment',
      header: 'Segment',
      cell: (c) =>
        c.segmentId ? (
          <TextLink to={`/segments/${c.segmentId}`}>
            {segmentNames.get(c.segmentId) ?? 'Segment'}
          </TextLink>
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
            <LinkButton to="/candidates/imports">{can('mutate') ? 'Import CSV' : 'Imports'}</LinkButton>
            {can('mutate') && (
              <>
                <LinkButton to="/candidates/generate">Generate test data</LinkButton>
                <LinkButton variant="primary" to="/candidates/new">
                  New candidate
                </LinkButton>
              </>
            )}
          </>
        }
      />
      <CandidateFilters
        key={params.toString()}
        initial={draftFromParams(params)}
        segmentOptions={segmentOptions}
        onApply={(draft) => reset(changesFromDraft(draft), { history: 'push' })}
        onClear={() => reset({}, { history: 'push' })}
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

