import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { BreakdownRow } from '../../api/hooks/performance';
import { formatCount, formatMoney, formatRatio } from '../../components/charts/format';
import { cn, focusRing } from '../../components/cn';
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
    { key: 'name', header: nameHeader, rowHeader: true, cell: (r) => <NameLink to={linkTo?.(r)}>{labelOf(r)}</NameLink> },
    { key: 'spend', header: 'Spend', className: num, cell: (r) => formatMoney(r.spendMinor, currency) },
    { key: 'impressions', header: 'Impressions', className: num, cell: (r) => formatCount(r.impressions) },
    { key: 'clicks', header: 'Clicks', className: num, cell: (r) => formatCount(r.clicks) },
    { key: 'ctr', header: 'CTR', className: num, cell: (r) => formatRatio(r.ctr) },
    { key: 'cpc', header: 'CPC', className: num, cell: (r) => formatMoney(r.cpcMinor, currency) },
    { key: 'applications', header: 'Applications', className: num, cell: (r) => formatCount(r.applications) },
    { key: 'cpa', header: 'Cost per applicant', className: num, cell: (r) => formatMoney(r.costPerApplicantMinor, currency) },
    { key: 'rate', header: 'Application rate', className: num, cell: (r) => formatRatio(r.applicationRate) },
    { key: 'interviews', header: 'Interviews', className: num, cell: (r) => formatCount(r.interviews) },
    { key: 'cpi', header: 'Cost per interview', className: num, cell: (r) => formatMoney(r.costPerInterviewMinor, currency) },
    { key: 'hires', header: 'Hires', className: num, cell: (r) => formatCount(r.hires) },
    { key: 'cph', header: 'Cost per hire', className: num, cell: (r) => formatMoney(r.costPerHireMinor, currency) },
  ];
}

/** The same rows for a client-side CSV download, with the API exports' columns (money in minor units + currency). */
export function breakdownCsvRows(
  rows: readonly BreakdownRow[],
  currency: string,
  nameHeader: string,
  labelOf: (r: BreakdownRow) => string = (r) => r.label,
) {
  return rows.map((r) => ({
    key: r.key,
    [nameHeader.toLowerCase()]: labelOf(r),
    currency,
    spendMinor: r.spendMinor,
    impressions: r.impressions,
    reach: r.reach,
    clicks: r.clicks,
    ctr: r.ctr,
    cpcMinor: r.cpcMinor,
    conversions: r.conversions,
    applications: r.applications,
    costPerApplicantMinor: r.costPerApplicantMinor,
    applicationRate: r.applicationRate,
    screenings: r.screenings,
    interviews: r.interviews,
    offers: r.offers,
    hires: r.hires,
    costPerInterviewMinor: r.costPerInterviewMinor,
    costPerHireMinor: r.costPerHireMinor,
    screeningRate: r.screeningRate,
    interviewRate: r.interviewRate,
    offerRate: r.offerRate,
    hireRate: r.hireRate,
  }));
}
