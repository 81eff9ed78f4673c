/** A labelled determinate progress bar (0–100) with the value announced by assistive technology. */
export function ProgressBar({ label, percent, valueText }: { label: string; percent: number; valueText?: string }) {
  const value = Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-center justify-between text-sm text-slate-700">
        <span>{label}</span>
        <span className="tabular-nums" aria-hidden="true">
          {value}%
        </span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={valueText ?? `${value}%`}
        className="h-2 w-full overflow-hidden rounded-full bg-slate-100"
      >
        <div className="h-full rounded-full bg-indigo-600 transition-[width]" style={{ width: `${value}%` }} />
      </div>
    </div>
  );
}
