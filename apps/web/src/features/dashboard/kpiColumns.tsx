import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { BreakdownRow } from '../../api/hooks/performance';
import { formatCount, formatMoney, formatRatio } from '../../components/charts/format';
import { cn, focusRing } from '../../components/cn';
import { moneyCsv } from '../../components/csv';
import type { Column } from '../../components/Table';

const num = 'text-right tabular-nums';

/** A name cell linking to the item's page (campaign, job, segment) when there is one. */
export function NameLink({ to, children }: { to?: string; children: ReactNode }) {
  if (!to) return <>{children}</>;
  return (
    <Link to={to} className={cn('text-indigo-700 underline-offset-2 hover:underline', focusRing)}>
      {children}
    </Link>
  );
}

interface Options {
  nameHeader: string;
  /** Where a row's name links to, e.g. (row) => `/campaigns/${row.key}`. */
  linkTo?: (row: BreakdownRow) => string | undefined;
  labelOf?: (row: BreakdownRow) => string;
}

/** Columns of a breakdown table (one row per platform, campaign, job or segment) with every KPI. */
export function breakdownColumns(currency: string, { nameHeader, linkTo, labelOf = (r) => r.label }: Options): Column<BreakdownRow>[] {
  return [
    { key: 'name', header: nameHeader, rowHeader: true, cell: (r) => <NameLink to={linkTo?.(r)}>{labelOf(r)}</NameLink>, csv: labelOf },
    { key: 'spend', header: 'Spend', className: num, cell: (r) => formatMoney(r.spendMinor, currency), ...moneyCsv('Spend', currency, (r) => r.spendMinor) },
    { key: 'impressions', header: 'Impressions', className: num, cell: (r) => formatCount(r.impressions), csv: (r) => r.impressions },
    { key: 'clicks', header: 'Clicks', className: num, cell: (r) => formatCount(r.clicks), csv: (r) => r.clicks },
    { key: 'ctr', header: 'CTR', className: num, cell: (r) => formatRatio(r.ctr), csv: (r) => r.ctr },
    { key: 'cpc', header: 'CPC', className: num, cell: (r) => formatMoney(r.cpcMinor, currency), ...moneyCsv('CPC', currency, (r) => r.cpcMinor) },
    { key: 'applications', header: 'Applications', className: num, cell: (r) => formatCount(r.applications), csv: (r) => r.applications },
    { key: 'cpa', header: 'Cost per applicant', className: num, cell: (r) => formatMoney(r.costPerApplicantMinor, currency), ...moneyCsv('Cost per applicant', currency, (r) => r.costPerApplicantMinor) },
    { key: 'rate', header: 'Application rate', className: num, cell: (r) => formatRatio(r.applicationRate), csv: (r) => r.applicationRate },
    { key: 'interviews', header: 'Interviews', className: num, cell: (r) => formatCount(r.interviews), csv: (r) => r.interviews },
    { key: 'cpi', header: 'Cost per interview', className: num, cell: (r) => formatMoney(r.costPerInterviewMinor, currency), ...moneyCsv('Cost per interview', currency, (r) => r.costPerInterviewMinor) },
    { key: 'hires', header: 'Hires', className: num, cell: (r) => formatCount(r.hires), csv: (r) => r.hires },
    { key: 'cph', header: 'Cost per hire', className: num, cell: (r) => formatMoney(r.costPerHireMinor, currency), ...moneyCsv('Cost per hire', currency, (r) => r.costPerHireMinor) },
  ];
}
