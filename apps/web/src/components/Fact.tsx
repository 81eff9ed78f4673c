import type { ReactNode } from 'react';

/** One label/value pair of a `<dl>` fact sheet (a detail page's side card). */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-slate-600">{label}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}
