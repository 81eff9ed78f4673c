import { useId, type ReactNode } from 'react';
import { useMe } from '../../api/hooks/auth';
import { PageHeader } from '../../components/PageHeader';
import { WhenNearViewport } from '../../components/WhenNearViewport';
import { BreakdownSection } from './BreakdownSection';
import { BudgetPacing } from './BudgetPacing';
import { CampaignRanking } from './CampaignRanking';
import { DateRangePicker } from './DateRangePicker';
import { useDateRange } from './dateRange';
import { KpiSummary } from './KpiSummary';
import { OverTimeCharts } from './OverTimeCharts';

export function Section({ title, description, children }: { title: string; description?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <div>
        <h2 id={id} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        {description && <p className="text-sm text-slate-600">{description}</p>}
      </div>
      {children}
    </section>
  );
}

/** Performance across all campaigns for the period in the URL; read-only for every role. */
export function DashboardPage() {
  const name = useMe().data?.name;
  const { range } = useDateRange();
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-4">
        <PageHeader
          title="Dashboard"
          description={`Welcome${name ? `, ${name}` : ''}. Spend, reach and applications across your campaigns, compared with the previous period.`}
        />
        <DateRangePicker />
      </div>
      <Section title="Key figures">
        <KpiSummary range={range} />
      </Section>
      <Section title="Over time">
        <OverTimeCharts range={range} />
      </Section>
      {/* Below the first screen: fetched and drawn when scrolled to, so the figures above load first. */}
      <Section title="Campaigns by cost per applicant">
        <WhenNearViewport minHeight={320}>
          <CampaignRanking range={range} />
        </WhenNearViewport>
      </Section>
      <Section title="Budget pacing" description="Lifetime spend of active campaigns against their budget.">
        <WhenNearViewport minHeight={160}>
          <BudgetPacing range={range} />
        </WhenNearViewport>
      </Section>
      <Section title="Breakdown">
        <WhenNearViewport minHeight={200}>
          <BreakdownSection range={range} />
        </WhenNearViewport>
      </Section>
    </div>
  );
}
