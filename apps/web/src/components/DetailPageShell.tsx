import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../api/errors';
import { cn, focusRing } from './cn';
import { ProblemAlert } from './ProblemAlert';
import { LoadingBlock } from './Spinner';

export interface BackTo {
  to: string;
  label: string;
  /** Render as a breadcrumb (`nav`) instead of a plain back link. */
  breadcrumb?: boolean;
}

interface DetailPageShellProps<Data> {
  /** The detail query: its data, or why it failed. */
  query: { data?: Data; error: Error | null };
  back: BackTo;
  loadingLabel: string;
  /** Shown instead of the problem when the API answers 404 (e.g. the app's Not found page). */
  notFound?: ReactNode;
  children: (data: Data) => ReactNode;
}

export function BackLink({ to, label, breadcrumb }: BackTo) {
  const link = (
    <Link to={to} className={cn('text-sm text-indigo-700 hover:underline', focusRing)}>
      {label}
    </Link>
  );
  return breadcrumb ? (
    <nav aria-label="Breadcrumb" className="text-sm">
      {link}
    </nav>
  ) : (
    link
  );
}

/** The frame of every /things/:id page: the way back, then the problem, a loading state, or the page itself. */
export function DetailPageShell<Data>({ query, back, loadingLabel, notFound, children }: DetailPageShellProps<Data>) {
  if (notFound && query.error instanceof ApiError && query.error.status === 404) return <>{notFound}</>;
  return (
    <div className="flex flex-col gap-6">
      <BackLink {...back} />
      {query.error ? (
        <ProblemAlert error={query.error} />
      ) : query.data === undefined ? (
        <LoadingBlock label={loadingLabel} />
      ) : (
        children(query.data)
      )}
    </div>
  );
}
