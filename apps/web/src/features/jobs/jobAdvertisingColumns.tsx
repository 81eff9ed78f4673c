import type { JobFigures } from '../../api/hooks/campaigns';
import type { Job } from '../../api/hooks/jobs';
import { formatCount, formatMoney, NO_VALUE } from '../../components/charts/format';
import type { Column } from '../../components/Table';

// Figures never wrap (no spaces in them); their headers may, so the jobs list fits a 1440 px screen.
const num = 'text-right tabular-nums';

/**
 * What each job's advertising costs and brings over the period (the dashboard's range in the URL):
 * live campaigns, applicants, spend and cost per applicant. Blank while the figures load.
 */
export function jobAdvertisingColumns(figures: ReadonlyMap<string, JobFigures> | undefined, currency: string): Column<Job>[] {
  const of = (job: Job) => figures?.get(job.id);
  const money = (minor: number | null | undefined) => (minor === undefined ? NO_VALUE : formatMoney(minor, currency, { style: 'auto' }));
  return [
    { key: 'activeCampaigns', wrapHeader: true, header: 'Live campaigns', className: num, cell: (j) => formatCount(of(j)?.activeCampaigns) },
    { key: 'applicants', wrapHeader: true, header: 'Applicants', className: num, cell: (j) => formatCount(of(j)?.applications) },
    { key: 'spend', wrapHeader: true, header: 'Spend', className: num, cell: (j) => money(of(j)?.spendMinor) },
    { key: 'cpa', wrapHeader: true, header: 'Cost per applicant', className: num, cell: (j) => money(of(j)?.costPerApplicantMinor) },
  ];
}
