import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { formatRange } from '../../components/charts/format';
import { TextField } from '../../components/FormField';
import { cn } from '../../components/cn';
import { PRESETS, useDateRange, validateRange, type RangeChoice } from './dateRange';

const CHOICES: ReadonlyArray<{ value: RangeChoice; label: string }> = [
  ...PRESETS.map((p) => ({ value: p.value, label: p.label })),
  { value: 'custom', label: 'Custom' },
];

/**
 * Presets apply at once; "Custom" reveals from/to inputs applied with a button. The state lives in
 * the URL (see useDateRange), so every view that reads it follows.
 */
export function DateRangePicker() {
  const { range, choice, setPreset, setCustom } = useDateRange();
  // Local so a click shows at once; the URL (which follows a moment later) stays the source of truth.
  const [selected, setSelected] = useState<RangeChoice>(choice);
  const [from, setFrom] = useState(range.from);
  const [to, setTo] = useState(range.to);
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  const fromRef = useRef<HTMLInputElement>(null);
  const toRef = useRef<HTMLInputElement>(null);
  const name = useId();
  const customOpen = selected === 'custom';

  // Follow the URL (back/forward, links): the choice and inputs show the range in effect.
  useEffect(() => setSelected(choice), [choice]);
  useEffect(() => {
    setFrom(range.from);
    setTo(range.to);
    setErrors({});
  }, [range.from, range.to]);

  const pick = (value: RangeChoice) => {
    setSelected(value);
    if (value !== 'custom') setPreset(value);
  };

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const found = validateRange(from, to);
    setErrors(found);
    if (found.from) return fromRef.current?.focus();
    if (found.to) return toRef.current?.focus();
    setCustom({ from, to });
  };

  return (
    <div className="flex flex-col gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-col gap-3 lg:flex-row lg:items-center lg:justify-between">
        <fieldset>
          <legend className="sr-only">Date range</legend>
          <div className="flex flex-wrap gap-1 rounded-md bg-slate-100 p-1">
            {CHOICES.map((c) => (
              <label
                key={c.value}
                className={cn(
                  'relative cursor-pointer rounded px-3 py-1.5 text-sm font-medium has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-indigo-600',
                  selected === c.value ? 'bg-white text-indigo-700 shadow-sm' : 'text-slate-700 hover:text-slate-900',
                )}
              >
                <input
                  type="radio"
                  name={name}
                  value={c.value}
                  checked={selected === c.value}
                  onChange={() => pick(c.value)}
                  className="absolute inset-0 size-full cursor-pointer opacity-0"
                />
                {c.label}
              </label>
            ))}
          </div>
        </fieldset>
        <p className="text-sm text-slate-700" aria-live="polite">
          <span className="sr-only">Showing </span>
          <span className="font-medium">{formatRange(range)}</span> <span className="text-slate-500">(UTC days)</span>
        </p>
      </div>
      {customOpen && (
        <form noValidate onSubmit={apply} className="flex flex-col gap-3 sm:flex-row sm:items-start" aria-label="Custom date range">
          <TextField
            ref={fromRef}
            label="From"
            type="date"
            name="from"
            value={from}
            max={to || undefined}
            onChange={(e) => setFrom(e.target.value)}
            error={errors.from}
            required
          />
          <TextField
            ref={toRef}
            label="To"
            type="date"
            name="to"
            value={to}
            min={from || undefined}
            onChange={(e) => setTo(e.target.value)}
            error={errors.to}
            required
          />
          <Button type="submit" variant="secondary" className="sm:mt-6">
            Apply
          </Button>
        </form>
      )}
    </div>
  );
}
