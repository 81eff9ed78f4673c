import { useId, useState, type ReactNode } from 'react';
import { Button } from '../Button';
import { cn } from '../cn';
import { LoadingBlock } from '../Spinner';

interface ChartFigureProps {
  title: string;
  description?: ReactNode;
  /** One sentence a screen reader hears for the chart image (totals, what is compared). */
  summary: string;
  /** The chart itself: purely visual (it sits inside role="img"), the table carries the data. */
  chart: ReactNode;
  /** The same data as an accessible table: shown instead of the chart with "Show table". */
  table: ReactNode;
  /** Extra controls next to the toggle, e.g. an "Export CSV" link. */
  actions?: ReactNode;
  loading?: boolean;
  /** When set, there is nothing to draw: this text replaces chart and table. */
  empty?: ReactNode;
  headingLevel?: 2 | 3 | 4;
  className?: string;
  /**
   * The chart's height in px: held from the first render (loading, empty or drawn), so the page
   * does not move when the data or the chart script arrive.
   */
  reservedHeight?: number;
}

/**
 * A titled chart with its table fallback. The chart is an image with a summary for assistive
 * technology; "Show table" swaps in the data table (keyboard and screen-reader friendly, and
 * handy for reading exact values), "Show chart" swaps back.
 */
export function ChartFigure({
  title,
  description,
  summary,
  chart,
  table,
  actions,
  loading,
  empty,
  headingLevel = 3,
  className,
  reservedHeight,
}: ChartFigureProps) {
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const bodyId = useId();
  const Heading = `h${headingLevel}` as const;
  const hasData = !loading && !empty;
  return (
    <figure
      aria-labelledby={titleId}
      className={cn('flex flex-col gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5', className)}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <Heading id={titleId} className="text-base font-semibold text-slate-900">
            {title}
          </Heading>
          {description && <p className="mt-0.5 text-sm text-slate-600">{description}</p>}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {actions}
          {hasData && (
            <Button
              variant="secondary"
              size="sm"
              aria-controls={bodyId}
              aria-label={`${asTable ? 'Show chart' : 'Show table'}: ${title}`}
              onClick={() => setAsTable((v) => !v)}
            >
              {asTable ? 'Show chart' : 'Show table'}
            </Button>
          )}
        </div>
      </div>
      <div id={bodyId} className="flex flex-col" style={asTable ? undefined : { minHeight: reservedHeight }}>
        {loading ? (
          <div className="flex flex-1 flex-col justify-center">
            <LoadingBlock label={`Loading ${title.toLowerCase()}…`} />
          </div>
        ) : empty ? (
          <p className="flex flex-1 items-center justify-center rounded-md border border-dashed border-slate-300 px-4 py-10 text-center text-sm text-slate-600">{empty}</p>
        ) : asTable ? (
          table
        ) : (
          <div role="img" aria-label={summary} className="w-full">
            {/* The library's svg announces itself as an image too: one image, with the summary, is enough. */}
            <div aria-hidden="true">{chart}</div>
          </div>
        )}
      </div>
    </figure>
  );
}
