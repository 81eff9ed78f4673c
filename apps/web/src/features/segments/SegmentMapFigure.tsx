import { CartesianGrid, Legend, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import { ChartFigure } from '../../components/charts/ChartFigure';
import { Table } from '../../components/Table';
import { segmentColor } from './segmentColors';
import { formatCount, formatShare } from './segmentFormat';
import type { Segment, SegmentationRunDetail } from '../../api/hooks/segments';

type RunMap = NonNullable<SegmentationRunDetail['map']>;

interface MapRow {
  segment: Segment;
  points: number;
  x: number | undefined;
  y: number | undefined;
}

const round = (v: number | undefined) => (v === undefined ? '—' : v.toFixed(2));

/**
 * A 2-D picture of the segments: a sample of candidates projected on the two main axes (PCA),
 * coloured by segment, centroids as larger marks. The table lists each segment's centre instead.
 */
export function SegmentMapFigure({ map, segments }: { map: RunMap | null | undefined; segments: readonly Segment[] }) {
  const byIndex = new Map(segments.map((s) => [s.index, s]));
  const rows: MapRow[] = segments.map((s) => {
    const centre = map?.centroids.find((c) => c.segment === s.index);
    return { segment: s, points: map?.points.filter((p) => p.segment === s.index).length ?? 0, x: centre?.x, y: centre?.y };
  });
  const explained = map ? map.explainedVariance.reduce((a, b) => a + b, 0) : 0;
  const chart = map && (
    <ScatterChart responsive accessibilityLayer={false} style={{ width: '100%', height: 360 }} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
      <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
      <XAxis type="number" dataKey="x" name="Axis 1" tick={{ fontSize: 12, fill: '#475569' }} tickFormatter={(v: number) => v.toFixed(1)} />
      <YAxis type="number" dataKey="y" name="Axis 2" tick={{ fontSize: 12, fill: '#475569' }} tickFormatter={(v: number) => v.toFixed(1)} width={40} />
      <ZAxis range={[12, 12]} />
      <Tooltip cursor={false} formatter={(value) => Number(value).toFixed(2)} />
      <Legend wrapperStyle={{ fontSize: 12 }} />
      {segments.map((s) => (
        <Scatter key={s.id} name={s.name} data={map.points.filter((p) => p.segment === s.index)} fill={segmentColor(s.index)} fillOpacity={0.55} isAnimationActive={false} />
      ))}
      <Scatter name="Segment centres" data={map.centroids} fill="#0f172a" shape="cross" legendType="cross" isAnimationActive={false} />
    </ScatterChart>
  );
  return (
    <ChartFigure
      title="Segment map"
      description={map ? `A sample of ${formatCount(map.points.length)} candidates on the two axes that explain the most variance (${formatShare(explained)} of it).` : undefined}
      summary={`Scatter plot of ${formatCount(map?.points.length ?? 0)} candidates in ${segments.length} segments; ${segments.map((s) => `${byIndex.get(s.index)?.name}`).join(', ')}.`}
      empty={map ? undefined : 'No map for this run.'}
      chart={chart}
      table={
        <Table
          caption="Segment centres on the map"
          captionHidden
          columns={[
            { key: 'name', header: 'Segment', rowHeader: true, cell: (r: MapRow) => r.segment.name },
            { key: 'points', header: 'Candidates shown', className: 'text-right tabular-nums', cell: (r: MapRow) => formatCount(r.points) },
            { key: 'x', header: 'Centre, axis 1', className: 'text-right tabular-nums', cell: (r: MapRow) => round(r.x) },
            { key: 'y', header: 'Centre, axis 2', className: 'text-right tabular-nums', cell: (r: MapRow) => round(r.y) },
          ]}
          rows={rows}
          rowKey={(r) => r.segment.id}
        />
      }
    />
  );
}
