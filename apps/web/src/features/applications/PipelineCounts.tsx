import { usePipeline, type ApplicationFilter } from '../../api/hooks/applications';
import { formatCount, formatRatio } from '../../components/charts/format';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LoadingBlock } from '../../components/Spinner';
import { STAGE_LABELS } from './stages';

/**
 * Counts per stage: how many applications are at each stage now, and the share of all of them that
 * ever reached it (the funnel). Used for a job's pipeline and above the applications list.
 */
export function PipelineCounts({ filter, title }: { filter: ApplicationFilter; title: string }) {
  const pipeline = usePipeline(filter);
  if (pipeline.isError) return <ProblemAlert error={pipeline.error} className="mb-4" />;
  if (!pipeline.data) return <LoadingBlock label="Loading pipeline…" />;
  const { total, stages } = pipeline.data;
  return (
    <section aria-label={title} className="mb-4">
      <h2 className="mb-2 text-base font-semibold text-slate-900">{title}</h2>
      <ol className="grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-7">
        {stages.map((s) => (
          <li key={s.stage} className="rounded-md border border-slate-200 bg-white p-3" aria-label={`${STAGE_LABELS[s.stage]}: ${s.current} now`}>
            <p className="text-sm text-slate-600">{STAGE_LABELS[s.stage]}</p>
            <p className="text-2xl font-semibold text-slate-900 tabular-nums" data-testid={`stage-count-${s.stage}`}>
              {formatCount(s.current)}
            </p>
            <p className="text-xs text-slate-600">
              reached: {formatCount(s.reached)} ({formatRatio(total ? s.reached / total : null)})
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
