import { deferredPlot } from './deferredPlot';
import type { PivotedDay } from './pivot';

export interface DailyBarsProps {
  days: readonly PivotedDay[];
  series: ReadonlyArray<{ key: string; name: string; color: string }>;
  height: number;
  /** The tallest day, so every axis tick gets one precision. */
  axisMax: number;
  formatValue: (value: number) => string;
  formatTick: (value: number, axisMax: number) => string;
}

/** One stacked bar per day, drawn once near the viewport (see deferredPlot). */
export const DailyBars = deferredPlot<DailyBarsProps>(
  () => import('./DailyBarsPlot').then((m) => m.DailyBarsPlot),
  (props) => props.height,
);
