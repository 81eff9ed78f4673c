import { Button } from '../../components/Button';
import { PageHeader } from '../../components/PageHeader';
import { UrlTabs } from '../../components/UrlTabs';
import { formatRange } from '../../components/charts/format';
import { DateRangePicker } from '../dashboard/DateRangePicker';
import { useDateRange } from '../dashboard/dateRange';
import { ReportTable } from './ReportTable';

/**
 * Reports per campaign, job and segment for the period in the URL (the dashboard's date picker),
 * each with its CSV; "Print" gives the printable view (print CSS in index.css hides the navigation
 * and controls, repeats table headers and keeps rows whole across pages).
 */
export function ReportsPage() {
  const { range } = useDateRange();
  return (
    <div className="reports-page flex flex-col gap-6">
      <PageHeader
        title="Reports"
        description="What each campaign, job and segment cost and brought, with reach, frequency and the hiring funnel. Amounts in the reporting currency."
        actions={
          <Button type="button" variant="secondary" className="print:hidden" onClick={() => window.print()}>
            Print
          </Button>
        }
      />
      <p className="hidden text-sm text-slate-700 print:block">Period: {formatRange(range)} (UTC days)</p>
      <div className="print:hidden">
        <DateRangePicker />
      </div>
      <UrlTabs
        label="Reports"
        idPrefix="reports"
        tabs={[
          { id: 'campaigns', label: 'Campaigns', panel: () => <ReportTable kind="campaigns" range={range} /> },
          { id: 'jobs', label: 'Jobs', panel: () => <ReportTable kind="jobs" range={range} /> },
          { id: 'segments', label: 'Segments', panel: () => <ReportTable kind="segments" range={range} /> },
        ]}
      />
    </div>
  );
}
