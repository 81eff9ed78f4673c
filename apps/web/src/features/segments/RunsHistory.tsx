import { Badge } from '../../components/Badge';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateTime } from '../../components/DateTime';
import { RowAction, rowActionsColumn } from '../../components/RowActions';
import { Table, type Column } from '../../components/Table';
import { useToast } from '../../components/Toast';
import { useConfirmTarget } from '../../components/useConfirmTarget';
import { formatCount, formatDuration, formatSilhouette, PHASE_LABELS, STATUS_TONES } from './segmentFormat';
import { useActivateRun, useRuns, type SegmentationRun } from '../../api/hooks/segments';

function describeParameters(run: SegmentationRun): string {
  const { k, kMin, kMax, features } = run.parameters;
  const kText = k === null ? `k ${kMin}–${kMax}` : `k = ${k}`;
  return features.length === 7 ? `${kText}, all features` : `${kText}, ${features.length} features`;
}

/** Every run, newest first, with its outcome; succeeded runs that are not current can be activated. */
export function RunsHistory({ canActivate }: { canActivate: boolean }) {
  const runs = useRuns();
  const activate = useActivateRun();
  const { notify } = useToast();
  const { target: confirming, ask, close } = useConfirmTarget<SegmentationRun>(activate);
  const rows = runs.data?.pages.flatMap((p) => p.items);

  const columns: Column<SegmentationRun>[] = [
    { key: 'created', header: 'Started', rowHeader: true, cell: (r) => <DateTime value={r.createdAt} /> },
    {
      key: 'status',
      header: 'Status',
      cell: (r) => (
        <span className="flex flex-wrap items-center gap-1.5">
          <Badge tone={STATUS_TONES[r.status]}>{r.status}</Badge>
          {r.active && <Badge tone="indigo">Current</Badge>}
          {r.status === 'running' && r.phase && (
            <span className="text-xs text-slate-600">
              {PHASE_LABELS[r.phase]} · {r.progress}%
            </span>
          )}
        </span>
      ),
    },
    { key: 'params', header: 'Parameters', cell: (r) => describeParameters(r) },
    { key: 'k', header: 'k', className: 'text-right tabular-nums', cell: (r) => r.k ?? '—' },
    { key: 'silhouette', header: 'Silhouette', className: 'text-right tabular-nums', cell: (r) => formatSilhouette(r.silhouette) },
    { key: 'candidates', header: 'Candidates', className: 'text-right tabular-nums', cell: (r) => formatCount(r.candidateCount) },
    { key: 'duration', header: 'Took', className: 'text-right tabular-nums', cell: (r) => formatDuration(r.timings.total) },
    rowActionsColumn(
      (r) =>
        r.status === 'failed' ? (
          <span className="text-xs text-red-800">{r.error}</span>
        ) : canActivate && r.status === 'succeeded' && !r.active ? (
          <RowAction label="Activate" name={`the run started ${new Date(r.createdAt).toLocaleString()}`} onClick={() => ask(r)} />
        ) : null,
      'Details and actions',
    ),
  ];

  return (
    <section aria-labelledby="segmentation-history" className="flex flex-col gap-3">
      <h2 id="segmentation-history" className="text-lg font-semibold text-slate-900">
        Segmentation history
      </h2>
      <Table
        caption="Segmentation runs"
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        loading={runs.isLoading}
        empty="No segmentation has run yet."
        loadMore={{ hasMore: !!runs.hasNextPage, loading: runs.isFetchingNextPage, onLoadMore: () => void runs.fetchNextPage() }}
      />
      <ConfirmDialog
        open={!!confirming}
        tone="primary"
        title="Make this the current segmentation?"
        description={`Its ${confirming?.k} segments replace the current ones: candidates move to them, and new campaigns target them.`}
        confirmLabel="Activate"
        pending={activate.isPending}
        error={activate.error}
        onCancel={() => {
          activate.reset();
          close();
        }}
        onConfirm={() =>
          confirming &&
          activate.mutate(confirming.id, {
            onSuccess: () => {
              notify('The segmentation is now current.');
              close();
            },
          })
        }
      />
    </section>
  );
}
