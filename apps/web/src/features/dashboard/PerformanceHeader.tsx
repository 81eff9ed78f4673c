import type { ReactNode } from 'react';
import { DateRangePicker } from './DateRangePicker';

/** Title row of an embedded performance panel (campaign, job, segment page): h2, actions, period picker. */
export function PerformanceHeader({
  id,
  title,
  description,
  actions,
  showRangePicker = true,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  showRangePicker?: boolean;
}) {
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id={id} className="text-lg font-semibold text-slate-900">
            {title}
          </h2>
          {description && <p className="text-sm text-slate-600">{description}</p>}
        </div>
        {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
      </div>
      {showRangePicker && <DateRangePicker />}
    </div>
  );
}
