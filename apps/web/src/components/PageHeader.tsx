import { useEffect, type ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  /** Buttons on the right (hide mutating ones from viewers with `useCan`). */
  actions?: ReactNode;
  /** h1 for a page; settings sub-pages sit under the "Settings" h1 and use h2. */
  level?: 1 | 2;
}

export function PageHeader({ title, description, actions, level = 1 }: PageHeaderProps) {
  useDocumentTitle(title);
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <div className="mb-6 flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0">
        <Heading className={level === 1 ? 'text-2xl font-semibold tracking-tight text-slate-900' : 'text-lg font-semibold text-slate-900'}>{title}</Heading>
        {description && <p className="mt-1 max-w-3xl text-sm text-slate-600">{description}</p>}
      </div>
      {actions && <div className="flex shrink-0 flex-wrap gap-2">{actions}</div>}
    </div>
  );
}

export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · AdFlux`;
  }, [title]);
}
