import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from '../../components/charts/ChartFigure';
import { Table } from '../../components/Table';
import { formatCount, formatSilhouette } from './segmentFormat';
import type { SegmentationRunDetail } from '../../api/hooks/segments';

type KScore = SegmentationRunDetail['silhouetteByK'][number];

/**
 * How well each k tried separated the candidates (silhouette: higher is better); the chosen k is
 * highlighted. A run with a fixed k tried nothing else.
 */
export function SilhouetteFigure({ run }: { run: SegmentationRunDetail }) {
  const scores = run.silhouetteByK;
  const chosen = run.k;
  const best = scores.reduce<KScore | undefined>((a, b) => ((b.silhouette ?? -Infinity) > (a?.silhouette ?? -Infinity) ? b : a), undefined);
  const chart = (
    <BarChart responsive accessibilityLayer={false} data={scores.map((s) => ({ ...s, label: `k = ${s.k}` }))} style={{ width: '100%', height: 240 }} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
      <XAxis dataKey="label" tick={{ fontSize: 12, fill: '#475569' }} />
      <YAxis tick={{ fontSize: 12, fill: '#475569' }} tickFormatter={(v: number) => v.toFixed(2)} width={48} />
      <Tooltip formatter={(value) => [formatSilhouette(Number(value)), 'Silhouette']} />
      <Bar dataKey="silhouette" name="Silhouette" isAnimationActive={false}>
        {scores.map((s) => (
          <Cell key={s.k} fill={s.k === chosen ? '#4f46e5' : '#a5b4fc'} />
        ))}
      </Bar>
    </BarChart>
  );
  return (
    <ChartFigure
      title="Silhouette by number of segments"
      description={scores.length ? `k = ${chosen} was chosen (darker bar).` : undefined}
      summary={`Silhouette for k from ${scores[0]?.k} to ${scores[scores.length - 1]?.k}; the best is k = ${best?.k} at ${formatSilhouette(best?.silhouette)}, and k = ${chosen} was used.`}
      empty={scores.length ? undefined : `The number of segments was fixed at ${chosen}; no other k was tried.`}
      chart={chart}
      table={
        <Table
          caption="Silhouette by number of segments"
          captionHidden
          columns={[
            { key: 'k', header: 'k', rowHeader: true, cell: (s: KScore) => (s.k === chosen ? `${s.k} (chosen)` : String(s.k)) },
            { key: 'silhouette', header: 'Silhouette', className: 'text-right tabular-nums', cell: (s: KScore) => formatSilhouette(s.silhouette) },
            { key: 'inertia', header: 'Inertia (sample)', className: 'text-right tabular-nums', cell: (s: KScore) => formatCount(s.inertia) },
          ]}
          rows={scores}
          rowKey={(s) => String(s.k)}
        />
      }
    />
  );
}
