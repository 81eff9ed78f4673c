import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';

export interface BarDatum {
  key: string;
  label: string;
  value: number;
  /** Optional per-bar colour (e.g. highlight the current segment). */
  color?: string;
}

interface HorizontalBarsProps {
  data: readonly BarDatum[];
  formatValue: (value: number) => string;
  /** Axis tick labels, given the longest bar so every tick gets one precision. */
  formatTick?: (value: number, axisMax: number) => string;
  /** Name of the value in the tooltip ("Cost per applicant"). */
  valueName: string;
  color?: string;
}

const ROW_HEIGHT = 34;
const LABEL_MAX = 28;

const shorten = (label: string) => (label.length > LABEL_MAX ? `${label.slice(0, LABEL_MAX - 1)}…` : label);

/**
 * One bar per item, labels on the left: rankings and comparisons. Visual only: wrap it in a
 * ChartFigure with a table of the same items.
 */
export function HorizontalBars({ data, formatValue, formatTick = formatValue, valueName, color = '#4f46e5' }: HorizontalBarsProps) {
  const height = Math.max(120, data.length * ROW_HEIGHT + 40);
  const axisMax = data.reduce((max, d) => Math.max(max, Math.abs(d.value)), 0);
  return (
    <BarChart
      responsive
      accessibilityLayer={false}
      layout="vertical"
      data={[...data]}
      style={{ width: '100%', height }}
      margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#e2e8f0" />
      <XAxis type="number" tickFormatter={(v: number) => formatTick(v, axisMax)} tick={{ fontSize: 12, fill: '#475569' }} />
      <YAxis type="category" dataKey="label" width={170} tickFormatter={shorten} tick={{ fontSize: 12, fill: '#334155' }} interval={0} />
      <Tooltip formatter={(value) => [formatValue(Number(value)), valueName]} />
      <Bar dataKey="value" name={valueName} fill={color} isAnimationActive={false} barSize={18}>
        {data.map((d) => (
          <Cell key={d.key} fill={d.color ?? color} />
        ))}
      </Bar>
    </BarChart>
  );
}
