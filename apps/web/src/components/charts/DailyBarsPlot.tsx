import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { DailyBarsProps } from './DailyBars';
import { formatDay } from './format';
import type { PivotedDay } from './pivot';

/** The recharts drawing behind DailyBars (loaded as its own script, see there). */
export function DailyBarsPlot({ days, series, height, axisMax, formatValue, formatTick }: DailyBarsProps) {
  return (
    <BarChart responsive accessibilityLayer={false} data={[...days]} style={{ width: '100%', height }} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
      <XAxis dataKey="date" tickFormatter={(d: string) => formatDay(d)} tick={{ fontSize: 12, fill: '#475569' }} minTickGap={16} />
      <YAxis tickFormatter={(v: number) => formatTick(v, axisMax)} tick={{ fontSize: 12, fill: '#475569' }} width={64} allowDecimals={false} />
      <Tooltip labelFormatter={(d) => formatDay(String(d), true)} formatter={(value) => formatValue(Number(value))} />
      {series.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
      {series.map((s) => (
        <Bar key={s.key} dataKey={(d: PivotedDay) => d.values[s.key] ?? 0} name={s.name} stackId="day" fill={s.color} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
