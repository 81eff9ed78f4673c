import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { cn, focusRing } from '../components/cn';
import { useDocumentTitle } from '../components/PageHeader';

function ErrorPage({ code, title, children }: { code: number; title: string; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold text-indigo-700">Error {code}</p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight text-slate-900">{title}</h1>
      <p className="mt-3 text-slate-600">{children}</p>
      <Link to="/dashboard" className={cn('mt-6 inline-block rounded-md bg-indigo-600 px-3.5 py-2 text-sm font-semibold text-white hover:bg-indigo-500', focusRing)}>
        Go to the dashboard
      </Link>
    </div>
  );
}

export function ForbiddenPage() {
  return (
    <ErrorPage code={403} title="Access denied">
      Your role does not allow this page. Ask an administrator if you need access.
    </ErrorPage>
  );
}

export function NotFoundPage() {
  return (
    <ErrorPage code={404} title="Page not found">
      There is nothing at this address. Check the link, or start again from the dashboard.
    </ErrorPage>
  );
}
