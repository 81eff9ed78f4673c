import type { ReportKind, ReportRow } from '../../api/hooks/reports';
import { formatCount, formatMoney, formatRatio, NO_VALUE } from '../../components/charts/format';
import { moneyCsv } from '../../components/csv';
import type { Column } from '../../components/Table';
import { NameLink } from '../dashboard/kpiColumns';

const num = 'text-right tabular-nums';
type ReportColumn = Column<ReportRow>;

const LINKS: Partial<Record<ReportRow['level'], (row: ReportRow) => string>> = {
  campaign: (r) => `/campaigns/${r.key}`,
  job: (r) => `/jobs/${r.key}`,
  segment: (r) => `/segments/${r.key}`,
};
const INDENT: Record<ReportRow['level'], string> = { campaign: '', job: '', segment: '', platform: 'pl-4', adset: 'pl-8' };

/** Name of the row, indented under its parent; platform rows show the platform's label. */
function nameColumn(header: string, platformLabel: (kind: string) => string, kind: ReportKind): ReportColumn {
  const labelOf = (r: ReportRow) => (r.level === 'platform' && r.platform ? platformLabel(r.platform) : r.label);
  const indent = (r: ReportRow) => (kind === 'jobs' && r.level === 'campaign' ? 'pl-4' : INDENT[r.level]);
  return {
    key: 'name', header, rowHeader: true, csv: labelOf,
    cell: (r) => (
      <span className={indent(r)}>
        <NameLink to={LINKS[r.level]?.(r)}>{labelOf(r)}</NameLink>
      </span>
    ),
  };
}

const count = (key: string, header: string, value: (r: ReportRow) => number | null): ReportColumn => ({
  key, header, className: num, cell: (r) => formatCount(value(r)), csv: value,
});
const money = (key: string, header: string, currency: string, value: (r: ReportRow) => number | null): ReportColumn => ({
  key, header, className: num, cell: (r) => formatMoney(value(r), currency), ...moneyCsv(header, currency, value),
});
const ratio = (key: string, header: string, value: (r: ReportRow) => number | null): ReportColumn => ({
  key, header, className: num, cell: (r) => formatRatio(value(r)), csv: value,
});

/** Reach with a marker when it adds up daily values (an upper bound, explained under the table); "—" when not reported. */
const reachColumn: ReportColumn = {
  key: 'reach', header: 'Reach', className: num, csv: (r) => r.reach,
  cell: (r) =>
    r.reach === null ? NO_VALUE : (
      <>
        {formatCount(r.reach)}
        {r.reachIsDailySum && (
          <sup aria-hidden="true" title="Sum of daily reach">
            Σ
          </sup>
        )}
        {r.reachIsDailySum && <span className="sr-only"> (sum of daily reach)</span>}
      </>
    ),
};
const frequencyColumn: ReportColumn = {
  key: 'frequency', header: 'Frequency', className: num, csv: (r) => r.frequency,
  cell: (r) => (r.frequency === null ? NO_VALUE : r.frequency.toFixed(2)),
};

/** The columns of each report; every one is exported to CSV as shown. */
export function reportColumns(kind: ReportKind, currency: string, platformLabel: (kind: string) => string): ReportColumn[] {
  const spend = money('spend', 'Spend', currency, (r) => r.spendMinor);
  const perApplicant = money('cpa', 'Cost per applicant', currency, (r) => r.costPerApplicantMinor);
  const perHire = money('cph', 'Cost per hire', currency, (r) => r.costPerHireMinor);
  if (kind === 'campaigns') {
    return [
      nameColumn('Campaign / platform / ad set', platformLabel, kind), spend, count('impressions', 'Impressions', (r) => r.impressions), reachColumn,
      frequencyColumn, count('clicks', 'Clicks', (r) => r.clicks), count('unique', 'Unique clicks', (r) => r.uniqueClicks), ratio('ctr', 'CTR', (r) => r.ctr),
      money('cpm', 'CPM', currency, (r) => r.cpmMinor), money('cpc', 'CPC', currency, (r) => r.cpcMinor), count('applications', 'Applicants', (r) => r.applications),
      perApplicant, count('hires', 'Hires', (r) => r.hires), perHire,
    ];
  }
  if (kind === 'jobs') {
    return [
      nameColumn('Job / campaign', platformLabel, kind), spend, count('clicks', 'Clicks', (r) => r.clicks), ratio('ctr', 'CTR', (r) => r.ctr),
      count('applications', 'Applied', (r) => r.applications), count('screenings', 'Screening', (r) => r.screenings),
      count('interviews', 'Interview', (r) => r.interviews), count('offers', 'Offer', (r) => r.offers), count('hires', 'Hired', (r) => r.hires),
      ratio('screeningRate', 'Applied → screening', (r) => r.screeningRate), ratio('hireRate', 'Offer → hired', (r) => r.hireRate),
      perApplicant, money('cpi', 'Cost per interview', currency, (r) => r.costPerInterviewMinor), perHire,
    ];
  }
  return [
    nameColumn('Segment', platformLabel, kind), count('candidates', 'Candidates', (r) => r.candidates), spend,
    count('impressions', 'Impressions', (r) => r.impressions), count('clicks', 'Clicks', (r) => r.clicks), count('applications', 'Applicants', (r) => r.applications),
    perApplicant, count('interviews', 'Interviews', (r) => r.interviews), count('hires', 'Hires', (r) => r.hires), perHire,
  ];
}
