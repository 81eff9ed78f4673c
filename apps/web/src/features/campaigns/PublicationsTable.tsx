import { Table, type Column } from '../../components/Table';
import { DateTime } from '../../components/DateTime';
import { PlatformName, PublicationStatusBadge } from './campaignStatus';
import type { Campaign, Publication } from '../../api/hooks/campaigns';
import { useCampaignSyncStatus, type CampaignSyncStatus } from '../../api/hooks/performance';
import { formatStartTime } from '../../components/startTime';

const ERROR_KINDS: Record<NonNullable<Publication['lastErrorKind']>, string> = {
  rate_limited: 'Rate limited', transient: 'Temporary error', auth: 'Credentials refused', validation: 'Refused by the platform', internal: 'Internal error',
};

/** "Last synced … / next sync …" of one publication (next: the schedule's next run, when it still covers it). */
function SyncTimes({ times }: { times: CampaignSyncStatus['publications'][number] | undefined }) {
  if (!times) return <span className="text-slate-500">—</span>;
  return (
    <span className="flex flex-col text-xs">
      <span>
        Last synced <DateTime value={times.lastSyncedAt} fallback="never" />
      </span>
      <span className="text-slate-600">{times.nextSyncAt ? `Next sync ${formatStartTime(times.nextSyncAt)}` : 'No scheduled sync'}</span>
    </span>
  );
}

/** Each platform's publication: status, delivery start, the ids of every object created, attempts, the last error and its metrics sync. */
export function PublicationsTable({ campaign }: { campaign: Campaign }) {
  const sync = useCampaignSyncStatus(campaign.id);
  const syncOf = (p: Publication) => sync.data?.publications.find((s) => s.publicationId === p.id);
  // Published ahead of its start: the ads exist but deliver nothing until then (the API says "scheduled").
  const scheduledStart = campaign.displayStatus === 'scheduled' ? campaign.startsAt : null;
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
      cell: (p) =>
        scheduledStart && p.publishedAt ? (
          <span className="text-sm">Delivery starts {formatStartTime(scheduledStart)}</span>
        ) : (
          <DateTime value={p.publishedAt} fallback="Not yet" />
        ),
    },
    { key: 'sync', header: 'Metrics', cell: (p) => (p.publishedAt ? <SyncTimes times={syncOf(p)} /> : <span className="text-slate-500">—</span>) },
    {
      key: 'link',
      header: 'Ad link',
      cell: (p) => <span className="font-mono text-xs break-all">{p.trackingUrl}</span>,
    },
  ];
  return <Table caption="Publications by platform" captionHidden columns={columns} rows={campaign.publications} rowKey={(p) => p.id} empty="No platforms chosen." />;
}
