import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';

import { horizontalBarsHeight, type HorizontalBarsProps } from './HorizontalBars';

/**
 * Room for the category labels: segment names run to ~45 characters, which fit whole in two lines of 260 px on a
 * desktop; a phone keeps most of its width for the bars and shortens them (the table view has them whole).
 */
export function labelLayout(viewportWidth: number): { width: number; maxChars: number } {
  return viewportWidth >= 768 ? { width: 260, maxChars: 60 } : { width: 150, maxChars: 26 };
}

const shorten = (label: string, maxChars: number) => (label.length > maxChars ? `${label.slice(0, maxChars - 1)}…` : label);

/** The recharts drawing behind HorizontalBars (loaded as its own script, see there). */
export function HorizontalBarsPlot({ data, formatValue, formatTick = formatValue, valueName, color = '#4f46e5' }: HorizontalBarsProps) {
  const height = horizontalBarsHeight(data.length);
  const axisMax = data.reduce((max, d) => Math.max(max, Math.abs(d.value)), 0);
  const labels = labelLayout(typeof window === 'undefined' ? 1024 : window.innerWidth);
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
      <YAxis type="category" dataKey="label" width={labels.width} tickFormatter={(label: string) => shorten(label, labels.maxChars)} tick={{ fontSize: 12, fill: '#334155' }} interval={0} />
      <Tooltip formatter={(value) => [formatValue(Number(value)), valueName]} />
      <Bar dataKey="value" name={valueName} fill={color} isAnimationActive={false} barSize={18}>
        {data.map((d) => (
          <Cell key={d.key} fill={d.color ?? color} />
        ))}
      </Bar>
    </BarChart>
  );
}
