import { useQueryClient } from '@tanstack/react-query';
import { isInFlight, useOnJobFinished } from '../../api/hooks/jobProgress';
import { candidateKeys } from '../../api/queryKeys';
import { rejectedCsvHref, useCandidateImport, type CandidateImport, type ImportRowError, type ImportStatus } from '../../api/hooks/candidates';
import { Badge, type BadgeTone } from '../../components/Badge';
import { Card } from '../../components/Card';
import { cn, focusRing } from '../../components/cn';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LoadingBlock } from '../../components/Spinner';
import { Table, type Column } from '../../components/Table';
import { formatCount } from './candidateFormat';
import { ProgressBar } from './ProgressBar';

export const IMPORT_STATUS: Record<ImportStatus, { label: string; tone: BadgeTone }> = {
  queued: { label: 'Queued', tone: 'neutral' },
  running: { label: 'Running', tone: 'blue' },
  completed: { label: 'Completed', tone: 'green' },
  failed: { label: 'Failed', tone: 'red' },
};

const errorColumns: Column<ImportRowError>[] = [
  { key: 'row', header: 'Row', rowHeader: true, className: 'tabular-nums', cell: (e) => e.row },
  { key: 'field', header: 'Field', cell: (e) => <code className="text-xs">{e.field}</code> },
  { key: 'message', header: 'Message', cell: (e) => e.message },
];

/** Live status of one import: progress while it runs (polled), then counts, row errors and the rejected-rows download. */
export function ImportStatusPanel({ importId, pollMs }: { importId: string; pollMs?: number }) {
  const job = useCandidateImport(importId, pollMs);
  const queryClient = useQueryClient();
  const data = job.data;
  // When an import ends, the candidate table and the import history are stale.
  useOnJobFinished(data && isInFlight(data), () => void queryClient.invalidateQueries({ queryKey: candidateKeys.all }));

  if (job.error) return <ProblemAlert error={job.error} />;
  if (!data) return <LoadingBlock label="Loading import…" />;
  return <ImportStatusView job={data} />;
}

function ImportStatusView({ job }: { job: CandidateImport }) {
  const status = IMPORT_STATUS[job.status];
  const { rowsProcessed, totalRows, percent } = job.progress;
  const rowsText = `${formatCount(rowsProcessed)}${totalRows === null ? '' : ` of ${job.status === 'completed' ? '' : '~'}${formatCount(totalRows)}`} rows`;
  return (
    <Card title={`Import of ${job.fileName}`}>
      <div className="flex flex-col gap-4">
        <p className="flex items-center gap-2 text-sm text-slate-700" role="status">
          <Badge tone={status.tone}>{status.label}</Badge>
          <span>{rowsText}</span>
        </p>
        {job.status !== 'failed' && (
          <ProgressBar label="Import progress" percent={job.status === 'completed' ? 100 : percent} valueText={`${job.status === 'completed' ? 100 : percent}% — ${rowsText}`} />
        )}
        {job.error && (
          <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
            <p className="font-semibold">The file could not be imported</p>
            <p className="mt-0.5">{job.error}</p>
          </div>
        )}
        <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-5" aria-label="Import counts">
          {(
            [
              ['Created', job.counts.created],
              ['Updated', job.counts.updated],
              ['Unchanged', job.counts.unchanged],
              ['Rejected', job.counts.rejected],
              ['With warnings', job.counts.warned],
            ] as const
          ).map(([label, value]) => (
            <div key={label} className="rounded-md bg-slate-50 p-3">
              <dt className="text-slate-600">{label}</dt>
              <dd className={cn('text-lg font-semibold tabular-nums', label === 'Rejected' && value > 0 ? 'text-red-700' : 'text-slate-900')}>{formatCount(value)}</dd>
            </div>
          ))}
        </dl>
        {job.errors.length > 0 && (
          <div className="flex flex-col gap-2">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h4 className="text-sm font-semibold text-slate-900">Rejected rows</h4>
              {!isInFlight(job) && job.counts.rejected > 0 && (
                <a href={rejectedCsvHref(job)} download className={cn('text-sm font-semibold text-indigo-700 hover:underline', focusRing)}>
                  Download rejected rows (CSV)
                </a>
              )}
            </div>
            {job.counts.rejected > job.errors.length && (
              <p className="text-sm text-slate-600">
                Showing the first {formatCount(job.errors.length)} errors; the download has every rejected row.
              </p>
            )}
            <Table caption="Row errors" captionHidden columns={errorColumns} rows={job.errors} rowKey={(e) => `${e.row}:${e.field}:${e.message}`} />
          </div>
        )}
        {job.warnings.length > 0 && (
          <div className="flex flex-col gap-2">
            <h4 className="text-sm font-semibold text-slate-900">Imported without some values</h4>
            <p className="text-sm text-slate-600">These rows were imported; the values named here were invalid and left empty.</p>
            <Table caption="Row warnings" captionHidden columns={errorColumns} rows={job.warnings} rowKey={(e) => `${e.row}:${e.field}:${e.message}`} />
          </div>
        )}
      </div>
    </Card>
  );
}
