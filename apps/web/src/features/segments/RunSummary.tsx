import type { ReactNode } from 'react';
import { ChartFigure } from '../../components/charts/ChartFigure';
import { HorizontalBars } from '../../components/charts/HorizontalBars';
import { DateTime } from '../../components/DateTime';
import { Table } from '../../components/Table';
import { FairnessFlagBadges } from './FairnessFlags';
import { segmentColor } from './segmentColors';
import { formatCount, formatShare, formatSilhouette } from './segmentFormat';
import type { Segment, SegmentationRun } from '../../api/hooks/segments';

function Stat({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div className="rounded-lg bg-white px-4 py-3 shadow-sm ring-1 ring-slate-200">
      <dt className="text-xs font-medium tracking-wide text-slate-600 uppercase">{label}</dt>
      {/* Dates may wrap here: two stats side by side on a phone leave ~170 px each. */}
      <dd className="mt-1 text-xl font-semibold break-words text-slate-900 tabular-nums [&_time]:whitespace-normal">{value}</dd>
    </div>
  );
}

/** The current segmentation at a glance: k, silhouette, pool size, when; and segment sizes as bars. */
export function RunSummary({ run, segments }: { run: SegmentationRun; segments: readonly Segment[] }) {
  const bars = segments.map((s) => ({ key: s.id, label: s.name, value: s.size, color: segmentColor(s.index) }));
  const largest = [...segments].sort((a, b) => b.size - a.size)[0];
  const flagged = segments.filter((s) => s.fairness?.flags.length);
  return (
    <section aria-labelledby="current-segmentation" className="flex flex-col gap-4">
      <h2 id="current-segmentation" className="text-lg font-semibold text-slate-900">
        Current segmentation
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        <Stat label="Segments (k)" value={run.k ?? '—'} />
        <Stat label="Silhouette" value={formatSilhouette(run.silhouette)} />
        <Stat label="Candidates" value={formatCount(run.candidateCount)} />
        <Stat label="Trained" value={<DateTime value={run.finishedAt} />} />
        <Stat label="Fairness flags" value={run.fairness ? `${run.fairness.flaggedSegments} of ${segments.length}` : 'Not audited'} />
      </dl>
      {flagged.length > 0 && (
        <p role="status" className="rounded-md bg-red-50 p-3 text-sm text-red-900 ring-1 ring-red-200">
          Fairness audit: {flagged.map((s) => `${s.name} (${s.fairness!.flags.join(', ')})`).join('; ')}. Targeting these needs an admin override with a reason.
        </p>
      )}
      <ChartFigure
        title="Segment sizes"
        summary={`${segments.length} segments over ${formatCount(run.candidateCount)} candidates${largest ? `; the largest, ${largest.name}, holds ${formatShare(largest.share)}` : ''}.`}
        chart={<HorizontalBars data={bars} valueName="Candidates" formatValue={(v) => formatCount(v)} />}
        table={
          <Table
            caption="Segment sizes"
            captionHidden
            columns={[
              { key: 'name', header: 'Segment', rowHeader: true, cell: (s: Segment) => s.name },
              { key: 'size', header: 'Candidates', className: 'text-right tabular-nums', cell: (s: Segment) => formatCount(s.size) },
              { key: 'share', header: 'Share', className: 'text-right tabular-nums', cell: (s: Segment) => formatShare(s.share) },
              { key: 'fairness', header: 'Fairness', cell: (s: Segment) => (s.fairness?.flags.length ? <FairnessFlagBadges flags={s.fairness.flags} /> : s.fairness ? 'No flag' : '—') },
            ]}
            rows={segments}
            rowKey={(s) => s.id}
          />
        }
      />
    </section>
  );
}
