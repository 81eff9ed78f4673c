import { TextField } from '../../components/FormField';
import type { StepProps } from './WizardSteps';

/** Start immediately (the default) or at a chosen time. */
export function StartChoice({ values, set, errors }: StepProps) {
  const radio = (startNow: boolean, label: string) => (
    <label className="flex items-center gap-2 text-sm">
      <input type="radio" name="start" checked={values.startNow === startNow} onChange={() => set('startNow', startNow)} />
      {label}
    </label>
  );
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium text-slate-900">Start</legend>
      <div className="flex flex-wrap gap-4">
        {radio(true, 'Immediately, once published')}
        {radio(false, 'At a date and time')}
      </div>
      {!values.startNow && (
        <TextField label="Start at" type="datetime-local" required error={errors.startsAt} value={values.startsAt} onChange={(e) => set('startsAt', e.target.value)} />
      )}
    </fieldset>
  );
}
