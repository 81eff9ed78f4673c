import { useState } from 'react';
import { useCan } from '../../app/permissions';
import { Button } from '../../components/Button';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LoadingBlock } from '../../components/Spinner';
import { NewRunDialog } from './NewRunDialog';
import { RenameSegmentDialog } from './RenameSegmentDialog';
import { RunProgress } from './RunProgress';
import { RunsHistory } from './RunsHistory';
import { RunSummary } from './RunSummary';
import { SegmentCard } from './SegmentCard';
import { SegmentMapFigure } from './SegmentMapFigure';
import { isInFlight } from '../../api/hooks/jobProgress';
import { useRun, useRuns, useSegments, type Segment } from '../../api/hooks/segments';
import { SilhouetteFigure } from './SilhouetteFigure';

/** Segments page: the current segmentation (summary, cards, map, silhouette), runs, and a new run with live progress. */
export function SegmentsOverview() {
  const segments = useSegments();
  const runs = useRuns();
  const can = useCan();
  const canEdit = can('mutate');
  const [starting, setStarting] = useState(false);
  const [renaming, setRenaming] = useState<Segment | null>(null);
  const [watchedRunId, setWatchedRunId] = useState<string>();

  const active = segments.data?.run ?? null;
  const detail = useRun(active?.id);
  const inFlight = runs.data?.pages[0]?.items.find(isInFlight);
  // Follow a run started here (until dismissed by a newer one) or any run in flight.
  const progressRunId = watchedRunId ?? inFlight?.id;

  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title="Segments"
        description="Groups of similar candidates found by K-means over experience, salary, education, status, location and skills, each with a profile you can target."
        actions={
          canEdit && (
            <Button onClick={() => setStarting(true)} disabled={!!inFlight}>
              New segmentation
            </Button>
          )
        }
      />
      {progressRunId && <RunProgress key={progressRunId} runId={progressRunId} />}
      {segments.error && <ProblemAlert error={segments.error} />}
      {segments.isLoading ? (
        <LoadingBlock label="Loading segments…" />
      ) : !active ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
          <p className="text-sm font-medium text-slate-900">No segmentation yet</p>
          <p className="mt-1 text-sm text-slate-600">
            {canEdit ? 'Start a segmentation to group the candidate pool; the first one becomes current on its own.' : 'Segments appear here once a recruiter runs a segmentation.'}
          </p>
        </div>
      ) : (
        <>
          <RunSummary run={active} segments={segments.data?.items ?? []} />
          <section aria-labelledby="segment-cards" className="flex flex-col gap-3">
            <h2 id="segment-cards" className="text-lg font-semibold text-slate-900">
              {segments.data?.items.length} segments
            </h2>
            <div className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-3">
              {segments.data?.items.map((s) => <SegmentCard key={s.id} segment={s} onRename={canEdit ? () => setRenaming(s) : undefined} canCreateCampaign={canEdit} />)}
            </div>
          </section>
          <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
            <SegmentMapFigure map={detail.data?.map} segments={segments.data?.items ?? []} />
            <details className="self-start rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
              <summary className="cursor-pointer text-sm font-medium text-slate-700">Analyst details: how well the segments separate (silhouette)</summary>
              <div className="mt-3">{detail.data ? <SilhouetteFigure run={detail.data} /> : <LoadingBlock label="Loading run details…" />}</div>
            </details>
          </div>
        </>
      )}
      <RunsHistory canActivate={canEdit} />
      <NewRunDialog open={starting} onClose={() => setStarting(false)} onStarted={(run) => setWatchedRunId(run.id)} />
      {renaming && <RenameSegmentDialog segment={renaming} onClose={() => setRenaming(null)} />}
    </div>
  );
}
