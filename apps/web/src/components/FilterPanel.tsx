import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Button } from './Button';
import { cn } from './cn';

interface FilterPanelProps {
  /** The search landmark's name, e.g. "Filter jobs". */
  label: string;
  /** Some filter is applied: said on the folded button so a phone user knows the list is narrowed. */
  active?: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** Layout of the fields (grid columns etc.) when shown. */
  className?: string;
  children: ReactNode;
}

/**
 * A list's filter form: always open from 640 px up; on a phone folded behind a "Filters" button
 * (a disclosure), so the list itself is what a small screen shows first.
 */
export function FilterPanel({ label, active, onSubmit, className, children }: FilterPanelProps) {
  const [open, setOpen] = useState(false);
  const formId = useId();
  return (
    <div className="flex flex-col gap-3">
      <Button variant="secondary" className="self-start sm:hidden" aria-expanded={open} aria-controls={formId} onClick={() => setOpen((o) => !o)}>
        {open ? 'Hide filters' : active ? 'Filters (applied)' : 'Filters'}
      </Button>
      <form id={formId} role="search" aria-label={label} onSubmit={onSubmit} className={cn('rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200', className, !open && 'max-sm:hidden')}>
        {children}
      </form>
    </div>
  );
}
