import { deferredPlot } from './deferredPlot';

export interface BarDatum {
  key: string;
  label: string;
  value: number;
  /** Optional per-bar colour (e.g. highlight the current segment). */
  color?: string;
}

export interface HorizontalBarsProps {
  data: readonly BarDatum[];
  formatValue: (value: number) => string;
  /** Axis tick labels, given the longest bar so every tick gets one precision. */
  formatTick?: (value: number, axisMax: number) => string;
  /** Name of the value in the tooltip ("Cost per applicant"). */
  valueName: string;
  color?: string;
}

const ROW_HEIGHT = 34;

/** The drawing's height for `rows` bars (ChartFigure reserves it before the chart script arrives). */
export const horizontalBarsHeight = (rows: number) => Math.max(120, rows * ROW_HEIGHT + 40);

/**
 * One bar per item, labels on the left: rankings and comparisons. Visual only: wrap it in a
 * ChartFigure with a table of the same items. Drawn once near the viewport (see deferredPlot).
 */
export const HorizontalBars = deferredPlot<HorizontalBarsProps>(
  () => import('./HorizontalBarsPlot').then((m) => m.HorizontalBarsPlot),
  (props) => horizontalBarsHeight(props.data.length),
);
