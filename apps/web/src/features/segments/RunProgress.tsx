import { useQueryClient } from '@tanstack/react-query';
import { Card } from '../../components/Card';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Spinner } from '../../components/Spinner';
import { PHASE_LABELS } from './segmentFormat';
import { isInFlight, useOnJobFinished } from '../../api/hooks/jobProgress';
import { useRun } from '../../api/hooks/segments';
import { segmentKeys } from '../../api/queryKeys';

/**
 * Live progress of a queued or running segmentation (polled every second), announced politely.
 * When the run ends the page's segments and history refresh; a failure shows its reason.
 */
export function RunProgress({ runId }: { runId: string }) {
  const run = useRun(runId);
  const queryClient = useQueryClient();
  const data = run.data;
  useOnJobFinished(data && isInFlight(data), () => void queryClient.invalidateQueries({ queryKey: segmentKeys.all }));

  if (run.error) return <ProblemAlert error={run.error} />;
  if (!data) return null;
  if (data.status === 'failed') {
    return (
      <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
        <p className="font-semibold">The segmentation failed</p>
        <p className="mt-0.5">{data.error ?? 'No reason was recorded.'} The current segments are unchanged.</p>
      </div>
    );
  }
  if (data.status === 'succeeded') {
    return (
      <p role="status" className="rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-900">
        Segmentation finished: {data.k} segments{data.active ? ', now the current segmentation.' : '. Activate it from the history to use it.'}
      </p>
    );
  }
  const label = data.status === 'queued' ? 'Waiting for a worker' : PHASE_LABELS[data.phase ?? 'load'];
  return (
    <Card title="Segmentation in progress">
      <div className="flex flex-col gap-2">
        <div className="flex items-center justify-between gap-3 text-sm text-slate-700">
          <span className="flex items-center gap-2">
            <Spinner />
            <span aria-live="polite">{label}</span>
          </span>
          <span className="tabular-nums" aria-hidden="true">
            {data.progress}%
          </span>
        </div>
        <div
          role="progressbar"
          aria-label="Segmentation progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={data.progress}
          aria-valuetext={`${data.progress}% — ${label}`}
          className="h-2 w-full overflow-hidden rounded-full bg-slate-100"
        >
          <div className="h-full rounded-full bg-indigo-600 transition-[width]" style={{ width: `${data.progress}%` }} />
        </div>
      </div>
    </Card>
  );
}
