import { useState } from 'react';
import { useQueues, useSchedules, type QueueCounts, type Schedule } from '../../api/hooks/backgroundWork';
import { Badge } from '../../components/Badge';
import { DateTime } from '../../components/DateTime';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RowAction, rowActionsColumn } from '../../components/RowActions';
import { Table, type Column } from '../../components/Table';
import { FailedJobsTable } from './FailedJobsTable';

const num = 'text-right tabular-nums';

const scheduleColumns: Column<Schedule>[] = [
  { key: 'name', header: 'Schedule', rowHeader: true, cell: (s) => s.name },
  { key: 'cron', header: 'Cron (UTC)', cell: (s) => <code className="text-xs">{s.cron}</code> },
  { key: 'last', header: 'Last run', cell: (s) => <DateTime value={s.lastRunAt} fallback="Not yet" /> },
  { key: 'next', header: 'Next run', cell: (s) => <DateTime value={s.nextRunAt} /> },
  { key: 'workers', header: 'Workers', className: num, cell: (s) => s.workers },
];

/** Settings → Background work: queue counts, failed jobs (with retry) of the chosen queue, and the crons. */
export function BackgroundWorkPage() {
  const queues = useQueues();
  const schedules = useSchedules();
  const [selected, setSelected] = useState<string | null>(null);
  const queueColumns: Column<QueueCounts>[] = [
    { key: 'name', header: 'Queue', rowHeader: true, cell: (q) => <span className="flex gap-2">{q.name}{q.paused && <Badge tone="amber">Paused</Badge>}</span> },
    { key: 'waiting', header: 'Waiting', className: num, cell: (q) => q.waiting },
    { key: 'active', header: 'Active', className: num, cell: (q) => q.active },
    { key: 'delayed', header: 'Delayed', className: num, cell: (q) => q.delayed },
    { key: 'failed', header: 'Failed', className: num, cell: (q) => (q.failed ? <Badge tone="red">{q.failed}</Badge> : 0) },
    rowActionsColumn((q) => (q.failed > 0 ? <RowAction label="Show failed jobs" name={q.name} onClick={() => setSelected(q.name)} /> : null)),
  ];
  return (
    <div className="flex flex-col gap-6">
      <PageHeader level={2} title="Background work" description="Imports, publishing, syncs and segmentation run in queues; failed jobs can be retried here." />
      {queues.error && <ProblemAlert error={queues.error} />}
      <Table caption="Queues" columns={queueColumns} rows={queues.data?.queues} rowKey={(q) => q.name} loading={queues.isPending} empty="No queues." />
      {selected && <FailedJobsTable queue={selected} onClose={() => setSelected(null)} />}
      {schedules.error && <ProblemAlert error={schedules.error} />}
      <Table
        caption="Schedules"
        columns={scheduleColumns}
        rows={schedules.data?.schedules}
        rowKey={(s) => s.name}
        loading={schedules.isPending}
        empty="No worker has reported its schedules in the last few minutes: is a worker running?"
      />
    </div>
  );
}
