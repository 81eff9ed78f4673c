import { useId, type InputHTMLAttributes, type ReactNode, type Ref, type SelectHTMLAttributes } from 'react';
import { cn, focusRing } from './cn';

/** What a control needs to be tied to its label, description and error text. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  label: ReactNode;
  description?: ReactNode;
  /** Client validation message or the API's message for this field (`apiError.fieldError(name)`). */
  error?: string;
  required?: boolean;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}

/** Label + control + description + error, wired with htmlFor, aria-describedby and aria-invalid. */
export function Field({ label, description, error, required, className, children }: FieldProps) {
  const id = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const describedBy = [description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cn('flex flex-col gap-1', className)}>
      {/* The asterisk stays outside the label so the accessible name is just the label; `required` is announced. */}
      <div className="flex gap-1 text-sm font-medium">
        <label htmlFor={id} className="text-slate-800">
          {label}
        </label>
        {required && (
          <span className="text-red-700" aria-hidden="true">
            *
          </span>
        )}
      </div>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {description && (
        <p id={descriptionId} className="text-xs text-slate-600">
          {description}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

export const controlClass = (invalid?: boolean) =>
  cn(
    'block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset placeholder:text-slate-400 disabled:bg-slate-50 disabled:text-slate-500',
    focusRing,
    invalid ? 'ring-red-500' : 'ring-slate-300',
  );

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  ref?: Ref<HTMLInputElement>;
};

export function TextField({ label, description, error, required, className, ref, ...input }: TextFieldProps) {
  return (
    <Field label={label} description={description} error={error} required={required} className={className}>
      {(control) => <input ref={ref} required={required} className={controlClass(!!error)} {...control} {...input} />}
    </Field>
  );
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  ref?: Ref<HTMLSelectElement>;
};

export function SelectField({ label, description, error, required, className, options, ref, ...select }: SelectFieldProps) {
  return (
    <Field label={label} description={description} error={error} required={required} className={className}>
      {(control) => (
        <select ref={ref} required={required} className={controlClass(!!error)} {...control} {...select}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

interface CheckboxGroupProps<V extends string> {
  legend: ReactNode;
  description?: ReactNode;
  error?: string;
  options: ReadonlyArray<{ value: V; label: string; description?: string }>;
  value: readonly V[];
  onChange: (value: V[]) => void;
  /** Receives the first checkbox, so a form can focus the group when it is invalid. */
  firstRef?: Ref<HTMLInputElement>;
}

/** A fieldset of checkboxes; legend and error are announced with the group. */
export function CheckboxGroup<V extends string>({ legend, description, error, options, value, onChange, firstRef }: CheckboxGroupProps<V>) {
  const id = useId();
  const describedBy = [description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const toggle = (option: V, checked: boolean) => onChange(checked ? [...value, option] : value.filter((v) => v !== option));
  return (
    <fieldset aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {description && (
        <p id={`${id}-description`} className="text-xs text-slate-600">
          {description}
        </p>
      )}
      <div className="mt-2 flex flex-col gap-2">
        {options.map((option, index) => (
          <div key={option.value} className="flex items-start gap-2">
            <input
              ref={index === 0 ? firstRef : undefined}
              id={`${id}-${option.value}`}
              type="checkbox"
              className={cn('mt-0.5 size-4 rounded border-slate-300 text-indigo-600 accent-indigo-600', focusRing)}
              checked={value.includes(option.value)}
              onChange={(e) => toggle(option.value, e.target.checked)}
              aria-describedby={option.description ? `${id}-${option.value}-description` : undefined}
            />
            <div className="text-sm">
              <label htmlFor={`${id}-${option.value}`} className="font-medium text-slate-800">
                {option.label}
              </label>
              {option.description && (
                <p id={`${id}-${option.value}-description`} className="text-xs text-slate-600">
                  {option.description}
                </p>
              )}
            </div>
          </div>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
