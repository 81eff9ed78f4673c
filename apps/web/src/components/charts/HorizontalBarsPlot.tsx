import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';

import { horizontalBarsHeight, type HorizontalBarsProps } from './HorizontalBars';

const LABEL_MAX = 28;

const shorten = (label: string) => (label.length > LABEL_MAX ? `${label.slice(0, LABEL_MAX - 1)}…` : label);

/** The recharts drawing behind HorizontalBars (loaded as its own script, see there). */
export function HorizontalBarsPlot({ data, formatValue, formatTick = formatValue, valueName, color = '#4f46e5' }: HorizontalBarsProps) {
  const height = horizontalBarsHeight(data.length);
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
