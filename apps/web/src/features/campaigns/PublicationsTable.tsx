import { Table, type Column } from '../../components/Table';
import { DateTime } from '../../components/DateTime';
import { PlatformName, PublicationStatusBadge } from './campaignStatus';
import type { Publication } from '../../api/hooks/campaigns';

const ERROR_KINDS: Record<NonNullable<Publication['lastErrorKind']>, string> = {
  rate_limited: 'Rate limited', transient: 'Temporary error', auth: 'Credentials refused', validation: 'Refused by the platform', internal: 'Internal error',
};

/** Each platform's publication: status, the ids of every object created, attempts and the last error. */
export function PublicationsTable({ publications }: { publications: readonly Publication[] }) {
  const columns: Column<Publication>[] = [
    { key: 'platform', header: 'Platform', rowHeader: true, cell: (p) => <PlatformName publication={p} /> },
    { key: 'status', header: 'Status', cell: (p) => <PublicationStatusBadge publication={p} /> },
    {
      key: 'ids',
      header: 'Platform objects',
      cell: (p) =>
        Object.keys(p.externalIds).length === 0 ? (
          <span className="text-slate-500">None yet</span>
        ) : (
          <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs">
            {Object.entries(p.externalIds).map(([step, id]) => (
              <div key={step} className="contents">
                <dt className="text-slate-600">{step}</dt>
                <dd className="font-mono break-all text-slate-900">{id}</dd>
              </div>
            ))}
          </dl>
        ),
    },
    { key: 'attempts', header: 'Attempts', cell: (p) => p.attempts },
    {
      key: 'error',
      header: 'Last error',
      cell: (p) =>
        p.lastError ? (
          <span className="text-sm text-red-800">
            <span className="font-medium">{p.lastErrorKind ? ERROR_KINDS[p.lastErrorKind] : 'Error'}</span>
            {p.currentStep && p.status === 'failed' ? ` at ${p.currentStep}` : ''}: {p.lastError}
          </span>
        ) : (
          <span className="text-slate-500">—</span>
        ),
    },
    {
      key: 'when',
      header: 'Live since',
      cell: (p) => <DateTime value={p.publishedAt} fallback="Not yet" />,
    },
    {
      key: 'link',
      header: 'Ad link',
      cell: (p) => <span className="font-mono text-xs break-all">{p.trackingUrl}</span>,
    },
  ];
  return <Table caption="Publications by platform" captionHidden columns={columns} rows={publications} rowKey={(p) => p.id} empty="No platforms chosen." />;
}
