import { useId, useState } from 'react';
import { Button } from '../../../components/Button';

interface ColumnPickerProps {
  columns: ReadonlyArray<{ key: string; label: string }>;
  shown: readonly string[];
  onToggle: (key: string) => void;
}

/** "Columns" button opening a list of checkboxes, one per optional column. */
export function ColumnPicker({ columns, shown, onToggle }: ColumnPickerProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="relative">
      <Button variant="secondary" size="sm" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        Columns
      </Button>
      {open && (
        <fieldset id={panelId} className="absolute right-0 z-20 mt-2 w-56 rounded-md bg-white p-3 shadow-lg ring-1 ring-slate-200">
          <legend className="sr-only">Columns shown</legend>
          <ul className="flex flex-col gap-1.5">
            {columns.map((c) => (
              <li key={c.key}>
                <label className="flex items-center gap-2 text-sm text-slate-800">
                  <input type="checkbox" className="size-4 rounded border-slate-300 text-indigo-600" checked={shown.includes(c.key)} onChange={() => onToggle(c.key)} />
                  {c.label}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </div>
  );
}
