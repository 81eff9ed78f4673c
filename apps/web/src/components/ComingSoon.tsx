import type { ReactNode } from 'react';
import { PageHeader } from './PageHeader';

/** Stand-in body for a feature page whose screens land later in this release. */
export function ComingSoon({ title, description, children }: { title: string; description: string; children?: ReactNode }) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
        <p className="text-sm font-medium text-slate-900">Coming in this release</p>
        <p className="mt-1 text-sm text-slate-600">This page is being built. {children}</p>
      </div>
    </>
  );
}
