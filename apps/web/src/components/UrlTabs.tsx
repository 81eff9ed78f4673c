import type { KeyboardEvent, ReactNode } from 'react';
import { useUrlFilters } from '../app/useUrlFilters';
import { cn, focusRing } from './cn';

export interface TabDef {
  id: string;
  label: string;
  panel: () => ReactNode;
}

interface UrlTabsProps {
  /** Names the tab list for screen readers, e.g. "Job sections". */
  label: string;
  /** Prefix of the tab and panel element ids. */
  idPrefix: string;
  /** The first tab is the default and keeps the URL clean; the others are `?tab=<id>`. */
  tabs: readonly [TabDef, ...TabDef[]];
}

const readTab = (params: URLSearchParams) => ({ tab: params.get('tab') ?? undefined });

/** Tabs whose selection lives in the URL (`?tab=`), with arrow-key navigation between tabs. */
export function UrlTabs({ label, idPrefix, tabs }: UrlTabsProps) {
  const { query, update } = useUrlFilters(readTab);
  const current = tabs.find((t) => t.id === query.tab) ?? tabs[0];
  const select = (id: string) => update({ tab: id === tabs[0].id ? undefined : id });
  const onKey = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = tabs[(tabs.indexOf(current) + step + tabs.length) % tabs.length]!;
    select(next.id);
    document.getElementById(`${idPrefix}-tab-${next.id}`)?.focus();
  };

  return (
    <>
      <div role="tablist" aria-label={label} className="flex gap-1 border-b border-slate-200">
        {tabs.map((t) => (
          <button
            key={t.id}
            id={`${idPrefix}-tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={t === current}
            aria-controls={`${idPrefix}-panel-${t.id}`}
            tabIndex={t === current ? 0 : -1}
            onClick={() => select(t.id)}
            onKeyDown={onKey}
            className={cn(
              '-mb-px border-b-2 px-3 py-2 text-sm font-medium',
              t === current ? 'border-indigo-600 text-indigo-700' : 'border-transparent text-slate-600 hover:text-slate-900',
              focusRing,
            )}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        id={`${idPrefix}-panel-${current.id}`}
        role="tabpanel"
        aria-labelledby={`${idPrefix}-tab-${current.id}`}
        tabIndex={0}
        className={focusRing}
      >
        {current.panel()}
      </div>
    </>
  );
}
