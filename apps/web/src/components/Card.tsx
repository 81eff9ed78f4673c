import { useId, type ReactNode } from 'react';
import { cn } from './cn';

/** A white panel with an optional titled header (a labelled region): the building block of settings pages. */
export function Card({ title, description, children, className }: { title?: string; description?: ReactNode; children: ReactNode; className?: string }) {
  const headingId = useId();
  return (
    <section aria-labelledby={title ? headingId : undefined} className={cn('rounded-lg bg-white shadow-sm ring-1 ring-slate-200', className)}>
      {title && (
        <div className="border-b border-slate-200 px-4 py-3 sm:px-6">
          <h3 id={headingId} className="text-base font-semibold text-slate-900">
            {title}
          </h3>
          {description && <p className="mt-0.5 text-sm text-slate-600">{description}</p>}
        </div>
      )}
      <div className="px-4 py-4 sm:px-6">{children}</div>
    </section>
  );
}
