import { useMemo } from 'react';
import { useApplications, type Application, type ApplicationFilter } from '../../api/hooks/applications';
import { useUrlFilters } from '../../app/useUrlFilters';
import { DateTime } from '../../components/DateTime';
import { PageHeader } from '../../components/PageHeader';
import { PlatformLabel } from '../../components/PlatformLabel';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Table, type Column } from '../../components/Table';
import { TextLink } from '../../components/TextLink';
import { ApplicationFilters } from './ApplicationFilters';
import { PipelineCounts } from './PipelineCounts';
import { isStage, StageBadge } from './stages';

const UUID = /^[0-9a-f-]{36}$/i;
const id = (value: string | null) => (value && UUID.test(value) ? value : undefined);

/** The API filter the URL describes (values the API would refuse are left out). */
export function filterFromParams(params: URLSearchParams): ApplicationFilter {
  const stage = params.get('stage');
  const platform = params.get('platform');
  return {
    jobId: id(params.get('jobId')),
    campaignId: id(params.get('campaignId')),
    segmentId: id(params.get('segmentId')),
    platform: platform && /^[a-z_]{1,16}$/.test(platform) ? platform : undefined,
    stage: isStage(stage) ? stage : undefined,
  };
}

const columns: Column<Application>[] = [
  { key: 'candidate', header: 'Candidate', rowHeader: true, cell: (a) => <TextLink to={`/applications/${a.id}`}>{a.candidateEmail ?? a.externalId ?? 'Anonymous'}</TextLink> },
  { key: 'job', header: 'Job', cell: (a) => a.jobTitle ?? <span className="text-slate-500">—</span> },
  { key: 'stage', header: 'Stage', cell: (a) => <StageBadge stage={a.stage} /> },
  { key: 'platform', header: 'Platform', cell: (a) => (a.platform ? <PlatformLabel code={a.platform} /> : <span className="text-slate-500">Unattributed</span>) },
  { key: 'received', header: 'Received', cell: (a) => <DateTime value={a.createdAt} /> },
  { key: 'moved', header: 'Stage since', cell: (a) => <DateTime value={a.stageAt} /> },
];

/** /applications — every application with filters, the pipeline counts of what is shown, and a link to each one. */
export function ApplicationsListPage() {
  const { query, filtered, update } = useUrlFilters(filterFromParams);
  const applications = useApplications(query);
  const rows = useMemo(() => applications.data?.pages.flatMap((p) => p.items), [applications.data]);
  return (
    <>
      <PageHeader title="Applications" description="Everyone who applied through your ads, and how far they got in hiring." />
      <ApplicationFilters filter={query} onChange={(changes) => update(changes, { history: 'push' })} />
      <PipelineCounts filter={{ ...query, stage: undefined }} title="Pipeline of these applications" />
      {applications.error && <ProblemAlert error={applications.error} className="mb-4" />}
      <Table
        caption={filtered ? 'Applications matching the filters' : 'Applications'}
        columns={columns}
        rows={rows}
        rowKey={(a) => a.id}
        loading={applications.isPending}
        empty={filtered ? 'No application matches these filters.' : 'No applications yet.'}
        loadMore={{ hasMore: !!applications.hasNextPage, loading: applications.isFetchingNextPage, onLoadMore: () => void applications.fetchNextPage() }}
      />
    </>
  );
}
