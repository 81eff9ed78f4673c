import { useState, type FormEvent, type ReactNode } from 'react';
import type { ApiError } from '../../api/errors';
import { Button } from '../../components/Button';
import { SelectField, TextField } from '../../components/FormField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { AVAILABILITY_LABELS, EDUCATION_LABELS, EMPLOYMENT_LABELS, optionsOf, SEEKING_LABELS } from './candidateFormat';
import { validateCandidateForm, type CandidateFormValues } from './candidateForm';

/** The API's field name for each input (location parts are nested in the DTO). */
const API_FIELD: Record<Exclude<keyof CandidateFormValues, 'marketingConsent'>, string> & { marketingConsent: string } = {
  fullName: 'fullName',
  email: 'email',
  phone: 'phone',
  city: 'location.city',
  region: 'location.region',
  countryCode: 'location.countryCode',
  yearsExperience: 'yearsExperience',
  educationLevel: 'educationLevel',
  skills: 'skills',
  primarySkill: 'primarySkill',
  desiredPosition: 'desiredPosition',
  desiredSalary: 'desiredSalary',
  desiredSalaryCurrency: 'desiredSalaryCurrency',
  seekingStatus: 'seekingStatus',
  preferredEmploymentType: 'preferredEmploymentType',
  languages: 'languages',
  availability: 'availability',
  source: 'source',
  marketingConsent: 'marketingConsent',
};

interface CandidateFormProps {
  initial: CandidateFormValues;
  onSubmit: (values: CandidateFormValues) => void;
  submitLabel: string;
  pending: boolean;
  error: ApiError | null;
  /** Read-only (viewers): the same fields, disabled, without a submit button. */
  readOnly?: boolean;
  extraActions?: ReactNode;
}

export function CandidateForm({ initial, onSubmit, submitLabel, pending, error, readOnly, extraActions }: CandidateFormProps) {
  const [values, setValues] = useState(initial);
  const [localErrors, setLocalErrors] = useState<Partial<Record<keyof CandidateFormValues, string>>>({});
  const set = <K extends keyof CandidateFormValues>(key: K) => (value: CandidateFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const errorOf = (key: keyof CandidateFormValues) => localErrors[key] ?? error?.fieldError(API_FIELD[key]) ?? (key === 'skills' ? error?.fieldErrors.find((e) => e.field.startsWith('skills'))?.message : undefined);
  const text = (key: Exclude<keyof CandidateFormValues, 'marketingConsent'>, label: string, extra: Record<string, unknown> = {}) => (
    <TextField label={label} name={key} value={values[key]} onChange={(e) => set(key)(e.target.value)} error={errorOf(key)} {...extra} />
  );
  const select = (key: Exclude<keyof CandidateFormValues, 'marketingConsent'>, label: string, options: Array<{ value: string; label: string }>) => (
    <SelectField label={label} name={key} value={values[key]} onChange={(e) => set(key)(e.target.value)} error={errorOf(key)} options={options} />
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateCandidateForm(values);
    setLocalErrors(found);
    if (Object.keys(found).length > 0) {
      const first = Object.keys(found)[0];
      (event.currentTarget as HTMLFormElement).querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    onSubmit(values);
  };

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-6">
      <fieldset disabled={readOnly} className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <legend className="sr-only">Candidate details</legend>
        {text('fullName', 'Full name', { required: true, autoComplete: 'off' })}
        {text('email', 'Email', { required: true, type: 'email', autoComplete: 'off' })}
        {text('phone', 'Phone', { type: 'tel' })}
        {text('desiredPosition', 'Desired position')}
        {text('city', 'City')}
        {text('region', 'Region')}
        {text('countryCode', 'Country code', { description: 'ISO 3166-1 alpha-2, e.g. ES', maxLength: 2 })}
        {text('yearsExperience', 'Years of experience', { inputMode: 'numeric' })}
        {select('educationLevel', 'Education level', optionsOf(EDUCATION_LABELS, 'Not given'))}
        {text('skills', 'Skills', { description: 'Separated by commas' })}
        {text('primarySkill', 'Primary skill')}
        {text('languages', 'Languages', { description: 'ISO 639-1 codes separated by commas, e.g. es, en' })}
        {text('desiredSalary', 'Desired salary', { inputMode: 'numeric', description: 'Annual gross, whole units' })}
        {text('desiredSalaryCurrency', 'Salary currency', { description: 'ISO 4217, e.g. EUR', maxLength: 3 })}
        {select('seekingStatus', 'Seeking status', optionsOf(SEEKING_LABELS, 'Not given'))}
        {select('preferredEmploymentType', 'Preferred employment type', optionsOf(EMPLOYMENT_LABELS, 'Not given'))}
        {select('availability', 'Availability', optionsOf(AVAILABILITY_LABELS, 'Not given'))}
        {text('source', 'Source', { description: 'Where the candidate came from' })}
        <div className="flex items-center gap-2 md:col-span-2">
          <input
            id="candidate-marketing-consent"
            type="checkbox"
            name="marketingConsent"
            className="size-4 accent-indigo-600"
            checked={values.marketingConsent}
            onChange={(e) => set('marketingConsent')(e.target.checked)}
          />
          <label htmlFor="candidate-marketing-consent" className="text-sm font-medium text-slate-800">
            Consents to marketing contact
          </label>
        </div>
      </fieldset>
      {error && <ProblemAlert error={error} inlineFields={Object.values(API_FIELD)} />}
      {!readOnly && (
        <div className="flex flex-wrap justify-between gap-2">
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          {extraActions}
        </div>
      )}
    </form>
  );
}
