import { Button } from '../../components/Button';
import { PageHeader } from '../../components/PageHeader';
import { UrlTabs } from '../../components/UrlTabs';
import { formatRange } from '../../components/charts/format';
import { DateRangePicker } from '../dashboard/DateRangePicker';
import { useDateRange } from '../dashboard/dateRange';
import { ReportTable } from './ReportTable';
import { usePrintAll } from './usePrintAll';

/**
 * Reports per campaign, job and segment for the period in the URL (the dashboard's date picker),
 * each with its CSV. "Print" prints the report shown, "Print all" every report, each starting on a
 * new page (print CSS in index.css hides the navigation and controls, repeats table headers and
 * keeps rows whole across pages).
 */
export function ReportsPage() {
  const { range } = useDateRange();
  const { printingAll, printAll, backToTabs } = usePrintAll(range);
  const actions = printingAll ? (
    <Button type="button" variant="secondary" className="print:hidden" onClick={backToTabs}>
      Back to tabs
    </Button>
  ) : (
    <>
      <Button type="button" variant="secondary" className="print:hidden" onClick={() => window.print()}>
        Print
      </Button>
      <Button type="button" variant="secondary" className="print:hidden" onClick={printAll}>
        Print all
      </Button>
    </>
  );
  return (
    <div className="reports-page flex flex-col gap-6">
      <PageHeader
        title="Reports"
        description="What each campaign, job and segment cost and brought, with reach, frequency and the hiring funnel. Amounts in the reporting currency."
        actions={actions}
      />
      <p className="hidden text-sm text-slate-700 print:block">Period: {formatRange(range)} (UTC days)</p>
      <div className="print:hidden">
        <DateRangePicker />
      </div>
      {printingAll ? (
        <div className="report-all flex flex-col gap-10">
          <ReportTable kind="campaigns" range={range} />
          <ReportTable kind="jobs" range={range} />
          <ReportTable kind="segments" range={range} />
        </div>
      ) : (
        <UrlTabs
          label="Reports"
          idPrefix="reports"
          tabs={[
            { id: 'campaigns', label: 'Campaigns', panel: () => <ReportTable kind="campaigns" range={range} /> },
            { id: 'jobs', label: 'Jobs', panel: () => <ReportTable kind="jobs" range={range} /> },
            { id: 'segments', label: 'Segments', panel: () => <ReportTable kind="segments" range={range} /> },
          ]}
        />
      )}
    </div>
  );
}
