import type { JobFigures } from '../../api/hooks/campaigns';
import type { Job } from '../../api/hooks/jobs';
import { formatCount, formatMoney, NO_VALUE } from '../../components/charts/format';
import type { Column } from '../../components/Table';

const num = 'text-right tabular-nums whitespace-nowrap';

/**
 * What each job's advertising costs and brings over the period (the dashboard's range in the URL):
 * live campaigns, applicants, spend and cost per applicant. Blank while the figures load.
 */
export function jobAdvertisingColumns(figures: ReadonlyMap<string, JobFigures> | undefined, currency: string): Column<Job>[] {
  const of = (job: Job) => figures?.get(job.id);
  const money = (minor: number | null | undefined) => (minor === undefined ? NO_VALUE : formatMoney(minor, currency, { style: 'auto' }));
  return [
    { key: 'activeCampaigns', header: 'Live campaigns', className: num, cell: (j) => formatCount(of(j)?.activeCampaigns) },
    { key: 'applicants', header: 'Applicants', className: num, cell: (j) => formatCount(of(j)?.applications) },
    { key: 'spend', header: 'Spend', className: num, cell: (j) => money(of(j)?.spendMinor) },
    { key: 'cpa', header: 'Cost per applicant', className: num, cell: (j) => money(of(j)?.costPerApplicantMinor) },
  ];
}
