import type { CampaignPerformanceRow, CampaignSort } from '../../../api/hooks/campaigns';
import { formatCount, formatMoney, moneyCellValue } from '../../../components/charts/format';
import { moneyCsv } from '../../../components/csv';
import { DateTime } from '../../../components/DateTime';
import type { Column } from '../../../components/Table';
import { TextLink } from '../../../components/TextLink';
import { PacingStatusBadge, spentOfBudget } from '../../dashboard/PacingBar';
import { CampaignStatusBadge, DISPLAY_STATUS_LABELS } from '../campaignStatus';
import { SortHeader } from './SortHeader';

type Row = CampaignPerformanceRow;
const num = 'text-right tabular-nums whitespace-nowrap';

/** The optional columns, in table order, with whether they show before the user picks. */
export const OPTIONAL_COLUMNS = [
  { key: 'status', label: 'Status', byDefault: true },
  { key: 'platforms', label: 'Platforms', byDefault: true },
  { key: 'spend', label: 'Spend', byDefault: true },
  { key: 'impressions', label: 'Impressions', byDefault: false },
  { key: 'clicks', label: 'Clicks', byDefault: true },
  { key: 'applications', label: 'Applicants', byDefault: true },
  { key: 'costPerApplicant', label: 'Cost per applicant', byDefault: true },
  { key: 'pacing', label: 'Pacing', byDefault: true },
  { key: 'job', label: 'Job', byDefault: false },
  { key: 'budget', label: 'Daily budget', byDefault: false },
  { key: 'createdAt', label: 'Created', byDefault: false },
] as const;

export interface ColumnContext {
  currency: string;
  sort: CampaignSort;
  order: 'asc' | 'desc';
  onSort: (sort: CampaignSort) => void;
}

/** Every column the table can show; the page keeps the fixed ones and those the user picked. */
export function performanceColumns({ currency, sort, order, onSort }: ColumnContext): Column<Row>[] {
  const sortable = (key: CampaignSort, label: string) => ({
    header: <SortHeader label={label} sort={key} active={sort === key ? order : null} onSort={onSort} />,
    // The header is a button: the phone's stacked card needs the name as text.
    label,
    csvHeader: label,
    sorted: sort === key ? (order === 'asc' ? 'ascending' : 'descending') : ('none' as const),
  } as const);
  const money = (key: 'spend' | 'costPerApplicant', label: string, minorOf: (r: Row) => number | null) => ({
    key, ...sortable(key, label), className: num, cell: (r: Row) => <span title={formatMoney(minorOf(r), currency)}>{formatMoney(minorOf(r), currency, { style: 'auto' })}</span>,
    ...moneyCsv<Row>(label, currency, minorOf),
  });
  const count = (key: 'impressions' | 'clicks' | 'applications', label: string) => ({
    key, ...sortable(key, label), className: num, cell: (r: Row) => formatCount(r.figures[key]), csv: (r: Row) => r.figures[key],
  });
  return [
    { key: 'name', ...sortable('name', 'Campaign'), rowHeader: true, cell: (r) => <TextLink to={`/campaigns/${r.campaign.id}`}>{r.campaign.name}</TextLink>, csv: (r) => r.campaign.name },
    { key: 'status', header: 'Status', cell: (r) => <CampaignStatusBadge status={r.campaign.displayStatus} startsAt={r.campaign.startsAt} />, csv: (r) => DISPLAY_STATUS_LABELS[r.campaign.displayStatus] },
    { key: 'platforms', header: 'Platforms', cell: (r) => platformsText(r) || '—', csv: platformsText },
    money('spend', 'Spend', (r) => r.figures.spendMinor),
    count('impressions', 'Impressions'),
    count('clicks', 'Clicks'),
    count('applications', 'Applicants'),
    money('costPerApplicant', 'Cost per applicant', (r) => r.figures.costPerApplicantMinor),
    {
      key: 'pacing', header: 'Pacing', className: 'whitespace-nowrap',
      cell: (r) => (r.pacing ? <span className="flex flex-col items-start gap-0.5"><PacingStatusBadge status={r.pacing.status} /><span className="text-xs text-slate-600">{spentOfBudget(r.pacing)}</span></span> : '—'),
      csv: (r) => (r.pacing ? r.pacing.status : null),
    },
    { key: 'job', header: 'Job', cell: (r) => <TextLink to={`/jobs/${r.campaign.job.id}`}>{r.campaign.job.title}</TextLink>, csv: (r) => r.campaign.job.title },
    { key: 'budget', header: 'Daily budget', className: num, cell: (r) => formatMoney(r.campaign.dailyBudgetMinor, r.campaign.currency), csv: (r) => `${moneyCellValue(r.campaign.dailyBudgetMinor, r.campaign.currency)} ${r.campaign.currency}` },
    { key: 'createdAt', ...sortable('createdAt', 'Created'), cell: (r) => <DateTime value={r.campaign.createdAt} />, csv: (r) => r.campaign.createdAt },
  ];
}

function platformsText(r: Row): string {
  return [...new Set(r.campaign.publications.map((p) => p.platformLabel))].join(', ');
}
