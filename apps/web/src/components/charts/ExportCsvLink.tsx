import { cn, focusRing } from '../cn';

interface ExportCsvLinkProps {
  /** A `?format=csv` API URL (see `csvHref`) or a `data:` URL from `csvDataHref`. */
  href: string;
  /** What is exported, for the accessible name: "Export spend per day as CSV". */
  what: string;
  /** Suggested file name; the API's Content-Disposition names server exports. */
  filename?: string;
}

/** A download link styled like a small secondary button. */
export function ExportCsvLink({ href, what, filename }: ExportCsvLinkProps) {
  return (
    <a
      href={href}
      download={filename ?? true}
      aria-label={`Export CSV: ${what}`}
      className={cn(
        'inline-flex items-center justify-center gap-2 rounded-md bg-white px-2.5 py-1.5 text-xs font-semibold whitespace-nowrap text-slate-800 shadow-sm ring-1 ring-slate-300 ring-inset hover:bg-slate-50',
        focusRing,
      )}
    >
      Export CSV
    </a>
  );
}

/**
 * CSV of rows already in the browser (tables with no CSV endpoint), as a `data:` URL for a download
 * link. Same rules as the API's exporter: RFC 4180 quoting, formula-looking cells neutralised.
 */
export function csvDataHref(rows: ReadonlyArray<Record<string, string | number | null | undefined>>): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const lines = [columns.map(escapeCell).join(','), ...rows.map((r) => columns.map((c) => escapeCell(r[c])).join(','))];
  return `data:text/csv;charset=utf-8,${encodeURIComponent(lines.join('\r\n') + '\r\n')}`;
}

function escapeCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
