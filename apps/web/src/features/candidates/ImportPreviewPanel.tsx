import type { ImportPreview } from '../../api/hooks/candidates';
import { Badge, type BadgeTone } from '../../components/Badge';
import { controlClass } from '../../components/FormField';
import { Table, type Column } from '../../components/Table';

type PreviewRow = ImportPreview['rows'][number];

const OUTCOME: Record<PreviewRow['outcome'], { label: string; tone: BadgeTone }> = {
  imported: { label: 'Imported', tone: 'green' },
  imported_with_warnings: { label: 'Imported, with warnings', tone: 'amber' },
  rejected: { label: 'Rejected', tone: 'red' },
};

const rowColumns: Column<PreviewRow>[] = [
  { key: 'line', header: 'Line', rowHeader: true, className: 'tabular-nums', cell: (r) => r.line },
  { key: 'outcome', header: 'Outcome', cell: (r) => <Badge tone={OUTCOME[r.outcome].tone}>{OUTCOME[r.outcome].label}</Badge> },
  {
    key: 'why',
    header: 'Why',
    cell: (r) => [...r.errors, ...r.warnings].map((e) => `${e.field}: ${e.message}`).join('; ') || '—',
  },
];

interface Props {
  preview: ImportPreview;
  onMapColumn: (index: number, column: string | null) => void;
  currency?: string;
  onCurrency: (currency: string) => void;
}

/** The preview of an upload: one picker per file column, the salary currency, and the first rows' outcomes. */
export function ImportPreviewPanel({ preview, onMapColumn, currency, onCurrency }: Props) {
  const mapsSalary = preview.columns.some((c) => c.column === 'desired_salary');
  return (
    <section aria-labelledby="import-preview-heading" className="mt-4 flex flex-col gap-4">
      <h3 id="import-preview-heading" className="text-base font-semibold text-slate-900">
        Check the columns before importing
      </h3>
      {preview.problems.length > 0 && (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          {preview.problems.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      )}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {preview.columns.map((c) => (
          <label key={c.index} className="flex flex-col gap-1 text-sm">
            <span className="font-medium text-slate-800">
              Column “{c.header || `#${c.index + 1}`}” imports as
            </span>
            <select className={controlClass(false)} value={c.column ?? ''} onChange={(e) => onMapColumn(c.index, e.target.value || null)}>
              <option value="">Ignore this column</option>
              {preview.knownColumns.map((k) => (
                <option key={k.name} value={k.name} title={k.description}>
                  {k.name}
                  {k.required ? ' (required)' : ''}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      {mapsSalary && (
        <label className="flex max-w-xs flex-col gap-1 text-sm">
          <span className="font-medium text-slate-800">Currency of salaries written without one</span>
          <select className={controlClass(false)} value={currency ?? preview.defaultSalaryCurrency} onChange={(e) => onCurrency(e.target.value)}>
            {/* The API's shortlist (it accepts any ISO 4217 code), with the chosen one first. */}
            {[...new Set([currency ?? preview.defaultSalaryCurrency, ...preview.commonCurrencies])].map((code) => (
              <option key={code}>{code}</option>
            ))}
          </select>
        </label>
      )}
      <Table caption="First rows of the file" columns={rowColumns} rows={preview.rows} rowKey={(r) => String(r.line)} empty="The file has no data rows." />
    </section>
  );
}
