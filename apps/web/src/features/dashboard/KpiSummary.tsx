import type { DashboardSummary, DateRange, Kpis } from '../../api/hooks/performance';
import { useDashboardSummary } from '../../api/hooks/performance';
import { formatCount, formatMoney, formatRatio } from '../../components/charts/format';
import { eachDay } from '../../components/charts/pivot';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LoadingBlock } from '../../components/Spinner';
import { HiringFunnel } from './HiringFunnel';
import { KpiCard, type Direction } from './KpiCard';

type KpiName = keyof Kpis;

interface KpiSpec {
  kpi: KpiName;
  label: string;
  better: Direction;
  format: (value: number | null, currency: string) => string;
}

// Headline figures adapt to the amount: cents under a unit, compact thousands ("$12.3K").
const money = (v: number | null, currency: string) => formatMoney(v, currency, { style: 'auto' });
const count = (v: number | null) => formatCount(v);
const ratio = (v: number | null) => formatRatio(v);

/** The headline KPIs, in reading order. Spend is neither good nor bad by itself. */
export const KPI_CARDS: readonly KpiSpec[] = [
  { kpi: 'spendMinor', label: 'Spend', better: 'neutral', format: money },
  { kpi: 'applications', label: 'Applications', better: 'up', format: count },
  { kpi: 'costPerApplicantMinor', label: 'Cost per applicant', better: 'down', format: money },
  { kpi: 'clicks', label: 'Clicks', better: 'up', format: count },
  { kpi: 'impressions', label: 'Impressions', better: 'up', format: count },
  { kpi: 'ctr', label: 'Click-through rate', better: 'up', format: ratio },
  { kpi: 'cpcMinor', label: 'Cost per click', better: 'down', format: money },
  { kpi: 'applicationRate', label: 'Application rate', better: 'up', format: ratio },
  { kpi: 'interviews', label: 'Interviews', better: 'up', format: count },
  { kpi: 'costPerInterviewMinor', label: 'Cost per interview', better: 'down', format: money },
  { kpi: 'hires', label: 'Hires', better: 'up', format: count },
  { kpi: 'costPerHireMinor', label: 'Cost per hire', better: 'down', format: money },
];

export function KpiCards({ summary }: { summary: DashboardSummary }) {
  const days = eachDay(summary.previousRange).length;
  const comparedTo = `previous ${days} ${days === 1 ? 'day' : 'days'}`;
  return (
    <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-4">
      {KPI_CARDS.map((spec) => (
        <KpiCard
          key={spec.kpi}
          label={spec.label}
          value={spec.format(summary.current[spec.kpi], summary.currency)}
          change={summary.deltas[spec.kpi]?.change ?? null}
          previous={spec.format(summary.previous[spec.kpi], summary.currency)}
          comparedTo={comparedTo}
          better={spec.better}
        />
      ))}
    </div>
  );
}

function KpiBlock({ summary }: { summary: DashboardSummary }) {
  const { activeCampaigns, openJobs } = summary;
  return (
    <div className="flex flex-col gap-3">
      <KpiCards summary={summary} />
      <HiringFunnel kpis={summary.current} />
      <p className="text-sm text-slate-600">
        {formatCount(activeCampaigns)} active {activeCampaigns === 1 ? 'campaign' : 'campaigns'} · {formatCount(openJobs)} open{' '}
        {openJobs === 1 ? 'job' : 'jobs'}
      </p>
    </div>
  );
}

/**
 * While the figures load: the block's own layout, invisible (and hidden from assistive technology),
 * under a spinner, so the sections below do not move when the figures arrive.
 */
function KpiPlaceholder({ range }: { range: DateRange }) {
  const blank = { range, previousRange: range, currency: 'USD', current: {}, previous: {}, deltas: {}, activeCampaigns: 0, openJobs: 0 } as unknown as DashboardSummary;
  return (
    <div className="relative">
      <div className="absolute inset-x-0 top-0">
        <LoadingBlock label="Loading key figures…" />
      </div>
      <div aria-hidden="true" className="invisible">
        <KpiBlock summary={blank} />
      </div>
    </div>
  );
}

export function KpiSummary({ range }: { range: DateRange }) {
  const summary = useDashboardSummary(range);
  if (summary.isError) return <ProblemAlert error={summary.error} />;
  return summary.data ? <KpiBlock summary={summary.data} /> : <KpiPlaceholder range={range} />;
}

/** Headline figures of one campaign or job (no comparison period). */
export function TotalsCards({ totals, currency }: { totals: Kpis; currency: string }) {
  return (
    <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-4">
      {KPI_CARDS.map((spec) => (
        <KpiCard key={spec.kpi} label={spec.label} value={spec.format(totals[spec.kpi], currency)} />
      ))}
    </div>
  );
}
