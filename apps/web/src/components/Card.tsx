import { useId, type ReactNode } from 'react';
import { cn } from './cn';
import { SubSections, useHeadingLevel } from './headingLevel';

/**
 * A white panel with an optional titled header (a labelled region): the building block of settings
 * pages. Its heading takes the level of where it sits (h2 under a page title, h3 under a sub-page's h2).
 */
export function Card({ title, description, children, className }: { title?: string; description?: ReactNode; children: ReactNode; className?: string }) {
  const headingId = useId();
  const Heading = `h${useHeadingLevel()}` as const;
  return (
    <section aria-labelledby={title ? headingId : undefined} className={cn('rounded-lg bg-white shadow-sm ring-1 ring-slate-200', className)}>
      {title && (
        <div className="border-b border-slate-200 px-4 py-3 sm:px-6">
          <Heading id={headingId} className="text-base font-semibold text-slate-900">
            {title}
          </Heading>
          {description && <p className="mt-0.5 text-sm text-slate-600">{description}</p>}
        </div>
      )}
      <div className="px-4 py-4 sm:px-6">{title ? <SubSections>{children}</SubSections> : children}</div>
    </section>
  );
}
