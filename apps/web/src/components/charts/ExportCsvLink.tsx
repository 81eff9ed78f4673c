import { cn, focusRing } from '../cn';

interface ExportCsvLinkProps {
  /** A `data:` URL from `csvDataHref` (components/csv.ts): the visible columns of the table shown. */
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
