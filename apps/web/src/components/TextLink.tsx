import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { cn, focusRing } from './cn';

/** An in-app link inside text or a table cell (a row's name, the job a campaign advertises). */
export function TextLink({ to, className, children }: { to: string; className?: string; children: ReactNode }) {
  return (
    <Link to={to} className={cn('text-indigo-700 hover:underline', focusRing, className)}>
      {children}
    </Link>
  );
}
