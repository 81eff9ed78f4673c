import type { Kpis } from '../../api/hooks/performance';
import { formatCount, formatRatio } from '../../components/charts/format';

/** Each hiring step: how many reached it in the period and the conversion from the step before (API-computed). */
const STEPS = [
  { label: 'Applications', count: 'applications', rate: null },
  { label: 'Screened', count: 'screenings', rate: 'screeningRate' },
  { label: 'Interviewed', count: 'interviews', rate: 'interviewRate' },
  { label: 'Offers', count: 'offers', rate: 'offerRate' },
  { label: 'Hired', count: 'hires', rate: 'hireRate' },
] as const satisfies ReadonlyArray<{ label: string; count: keyof Kpis; rate: keyof Kpis | null }>;

/** The period's hiring funnel with stage-to-stage conversion rates. */
export function HiringFunnel({ kpis }: { kpis: Kpis }) {
  return (
    <section aria-labelledby="hiring-funnel" className="rounded-md border border-slate-200 bg-white p-3">
      <h2 id="hiring-funnel" className="mb-2 text-sm font-semibold text-slate-900">
        Hiring funnel
      </h2>
      <ol className="grid grid-cols-2 gap-2 sm:grid-cols-5">
        {STEPS.map((step) => (
          <li key={step.count} className="flex flex-col">
            <span className="text-xs text-slate-600">{step.label}</span>
            <span className="text-lg font-semibold text-slate-900 tabular-nums">{formatCount(kpis[step.count])}</span>
            {step.rate && <span className="text-xs text-slate-600">{formatRatio(kpis[step.rate])} of the step before</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
