import { useApplications, type Application, type ApplicationFilter } from '../../api/hooks/applications';
import { ExportCsvLink } from '../../components/charts/ExportCsvLink';
import { csvDataHref, tableCsvColumns } from '../../components/csv';
import { PlatformLabel } from '../../components/PlatformLabel';
import { DateTime } from '../../components/DateTime';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Table, type Column } from '../../components/Table';

const columns: Column<Application>[] = [
  { key: 'at', header: 'Received', rowHeader: true, cell: (a) => <DateTime value={a.createdAt} />, csv: (a) => a.createdAt },
  { key: 'candidate', header: 'Candidate', cell: (a) => a.candidateEmail ?? <span className="text-slate-500">Not given</span>, csv: (a) => a.candidateEmail },
  { key: 'source', header: 'Source', cell: (a) => a.source, csv: (a) => a.source },
  {
    key: 'platform',
    header: 'Platform',
    cell: (a) => (a.platform ? <PlatformLabel code={a.platform} /> : <span className="text-slate-500">Unattributed</span>),
    csv: (a) => a.platform ?? 'Unattributed',
  },
];

/** Applications attributed to a campaign or job, newest first, with "Load more" and a CSV export. */
export function ApplicationsTable({ filter, title = 'Applications' }: { filter: ApplicationFilter; title?: string }) {
  const applications = useApplications(filter);
  const rows = applications.data?.pages.flatMap((p) => p.items);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex items-center justify-between gap-2">
        <h3 className="text-base font-semibold text-slate-900">{title}</h3>
        <ExportCsvLink what={title.toLowerCase()} filename="applications.csv" href={csvDataHref(tableCsvColumns(columns), rows ?? [])} />
      </div>
      {applications.isError && <ProblemAlert error={applications.error} />}
      <Table
        caption={title}
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(a) => a.id}
        loading={applications.isPending}
        empty="No applications yet."
        loadMore={{
          hasMore: applications.hasNextPage,
          loading: applications.isFetchingNextPage,
          onLoadMore: () => void applications.fetchNextPage(),
        }}
      />
    </div>
  );
}
