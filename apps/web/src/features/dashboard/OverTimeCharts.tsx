import { useTimeseries, type DateRange, type SeriesMetric } from '../../api/hooks/performance';
import { usePlatformLabel } from '../../api/hooks/adsPlatforms';
import { DailySeriesFigure } from '../../components/charts/DailySeriesFigure';
import { formatCount, formatMoney,  } from '../../components/charts/format';
import { ProblemAlert } from '../../components/ProblemAlert';

const CHARTS: ReadonlyArray<{ metric: SeriesMetric; title: string; empty: string }> = [
  { metric: 'spend', title: 'Spend per day', empty: 'No spend in this period.' },
  { metric: 'clicks', title: 'Clicks per day', empty: 'No clicks in this period.' },
  { metric: 'applications', title: 'Applications per day', empty: 'No applications in this period.' },
];

function MetricChart({ metric, title, empty, range }: { metric: SeriesMetric; title: string; empty: string; range: DateRange }) {
  const series = useTimeseries(metric, 'platform', range);
  const platformLabel = usePlatformLabel();
  const currency = series.data?.currency ?? 'USD';
  const money = metric === 'spend';
  if (series.isError) return <ProblemAlert error={series.error} />;
  return (
    <DailySeriesFigure
      title={title}
      description="By platform"
      rows={series.data?.rows}
      range={series.data?.range ?? range}
      loading={series.isPending}
      emptyText={empty}
      labelOf={(s) => platformLabel(s.label)}
      formatValue={(v) => (money ? formatMoney(v, currency) : formatCount(v))}
      formatTick={(v, max) => (money ? formatMoney(v, currency, { style: 'auto', scaleMinor: max }) : formatCount(v, { compact: true }))}
      exportCsv={{ what: title.toLowerCase(), filename: `${metric}-per-day-${range.from}-${range.to}.csv`, currency: money ? currency : undefined }}
    />
  );
}

/** Spend, clicks and applications over time, stacked by platform. */
export function OverTimeCharts({ range }: { range: DateRange }) {
  return (
    <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
      {CHARTS.map((c) => (
        <MetricChart key={c.metric} {...c} range={range} />
      ))}
    </div>
  );
}
