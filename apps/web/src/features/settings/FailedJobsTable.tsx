import { useFailedJobs, useRetryJob, type FailedJob } from '../../api/hooks/backgroundWork';
import { Button } from '../../components/Button';
import { DateTime } from '../../components/DateTime';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RowAction, rowActionsColumn } from '../../components/RowActions';
import { Table, type Column } from '../../components/Table';

/** The failed jobs of one queue, newest first, with their last error and a retry button each. */
export function FailedJobsTable({ queue, onClose }: { queue: string; onClose: () => void }) {
  const failed = useFailedJobs(queue, true);
  const retry = useRetryJob();
  const columns: Column<FailedJob>[] = [
    { key: 'id', header: 'Job', rowHeader: true, cell: (j) => <span className="flex flex-col"><code className="text-xs">{j.id}</code><span className="text-xs text-slate-600">{j.name}</span></span> },
    { key: 'error', header: 'Error', cell: (j) => <span className="text-red-800 break-words">{j.error}</span> },
    { key: 'attempts', header: 'Attempts', className: 'text-right tabular-nums', cell: (j) => j.attemptsMade },
    { key: 'failedAt', header: 'Failed', cell: (j) => <DateTime value={j.failedAt} /> },
    rowActionsColumn((j) => (
      <RowAction label="Retry" name={j.id} loading={retry.isPending && retry.variables?.jobId === j.id} onClick={() => retry.mutate({ queue, jobId: j.id })} />
    )),
  ];
  return (
    <section aria-labelledby="failed-jobs" className="flex flex-col gap-2">
      <div className="flex items-center justify-between">
        <h3 id="failed-jobs" className="text-base font-semibold text-slate-900">
          Failed jobs in {queue} {failed.data && `(${failed.data.total})`}
        </h3>
        <Button variant="secondary" size="sm" onClick={onClose}>
          Close
        </Button>
      </div>
      {(failed.error || retry.error) && <ProblemAlert error={failed.error ?? retry.error} />}
      <Table caption={`Failed jobs in ${queue}`} captionHidden columns={columns} rows={failed.data?.jobs} rowKey={(j) => j.id} loading={failed.isPending} empty="No failed jobs." />
    </section>
  );
}
