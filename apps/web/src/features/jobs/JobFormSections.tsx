import type { ReactNode } from 'react';
import { Card } from '../../components/Card';
import { controlClass, Field, SelectField, TextField } from '../../components/FormField';
import {
  EDUCATION_LABELS,
  EMPLOYMENT_LABELS,
  EXPERIENCE_LABELS,
  LIMITS,
  optionsOf,
  REMOTE_LABELS,
  type JobField,
  type JobFormValues,
} from './jobForm';
import type { JobFormState } from './useJobForm';

type TextProps = {
  required?: boolean;
  maxLength?: number;
  description?: ReactNode;
  className?: string;
  type?: string;
  placeholder?: string;
  inputMode?: 'numeric';
};

/** One text input of the job form, bound to its value and its error. */
function JobText({
  form,
  field,
  label,
  ...props
}: { form: JobFormState; field: keyof JobFormValues & JobField; label: string } & TextProps) {
  return (
    <TextField
      name={field}
      label={label}
      value={form.values[field] as string}
      onChange={(e) => form.set(field, e.target.value as never)}
      error={form.fieldError(field)}
      {...props}
    />
  );
}

type SelectKey = 'remote' | 'employmentType' | 'experienceLevel' | 'educationLevel';

/** One select of the job form, bound to its value and its error. */
function JobSelect<K extends SelectKey>(props: {
  form: JobFormState;
  field: K;
  label: string;
  required?: boolean;
  options: Array<{ value: string; label: string }>;
}) {
  const { form, field, label, required, options } = props;
  return (
    <SelectField
      name={field}
      label={label}
      required={required}
      value={form.values[field]}
      onChange={(e) => form.set(field, e.target.value as JobFormValues[K])}
      options={options}
      error={form.fieldError(field)}
    />
  );
}

interface TextAreaProps {
  form: JobFormState;
  field: 'description' | 'benefits';
  label: string;
  rows: number;
  description: ReactNode;
  className: string;
  required?: boolean;
  maxLength?: number;
}

function TextArea({ form, field, label, rows, description, className, required, maxLength }: TextAreaProps) {
  const error = form.fieldError(field);
  return (
    <Field className={className} label={label} required={required} description={description} error={error}>
      {(control) => (
        <textarea
          name={field}
          rows={rows}
          required={required}
          maxLength={maxLength}
          className={controlClass(!!error)}
          value={form.values[field]}
          onChange={(e) => form.set(field, e.target.value)}
          {...control}
        />
      )}
    </Field>
  );
}

export function JobBasicsSection({ form }: { form: JobFormState }) {
  const shortLength = form.values.shortDescription.trim().length;
  return (
    <Card title="The job">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <JobText form={form} field="title" label="Title" required maxLength={LIMITS.title} className="sm:col-span-2" />
        <JobText form={form} field="company" label="Company" required maxLength={LIMITS.company} />
        <JobText form={form} field="department" label="Department" maxLength={LIMITS.department} />
        <Field
          className="sm:col-span-2"
          label="Short description"
          required
          description={
            <span className={shortLength > LIMITS.shortDescription ? 'text-red-700' : undefined}>
              Shown in ads. {shortLength}/{LIMITS.shortDescription} characters.
            </span>
          }
          error={form.fieldError('shortDescription')}
        >
          {(control) => (
            <input
              name="shortDescription"
              required
              className={controlClass(!!form.fieldError('shortDescription'))}
              value={form.values.shortDescription}
              onChange={(e) => form.set('shortDescription', e.target.value)}
              {...control}
            />
          )}
        </Field>
        <TextArea
          form={form}
          field="description"
          label="Description"
          rows={8}
          required
          maxLength={LIMITS.description}
          description="Plain text or Markdown."
          className="sm:col-span-2"
        />
      </div>
    </Card>
  );
}

export function JobWhereSection({ form }: { form: JobFormState }) {
  return (
    <Card title="Where and how">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <JobText form={form} field="city" label="City" maxLength={LIMITS.city} />
        <JobText form={form} field="region" label="Region" maxLength={LIMITS.region} />
        <JobText
          form={form}
          field="countryCode"
          label="Country code"
          required
          maxLength={2}
          placeholder="DE"
          description="ISO 3166-1 alpha-2, e.g. DE or US."
        />
        <JobSelect form={form} field="remote" label="Work mode" required options={optionsOf(REMOTE_LABELS)} />
        <JobSelect form={form} field="employmentType" label="Employment type" required options={optionsOf(EMPLOYMENT_LABELS)} />
        <JobSelect form={form} field="experienceLevel" label="Experience level" required options={optionsOf(EXPERIENCE_LABELS)} />
        <JobSelect
          form={form}
          field="educationLevel"
          label="Minimum education"
          options={[{ value: '', label: 'Not specified' }, ...optionsOf(EDUCATION_LABELS)]}
        />
        <JobText
          form={form}
          field="skills"
          label="Skills"
          className="sm:col-span-2"
          placeholder="typescript, postgresql"
          description={`Comma-separated, at most ${LIMITS.skills}.`}
        />
      </div>
    </Card>
  );
}

export function JobPaySection({ form }: { form: JobFormState }) {
  return (
    <Card title="Pay and benefits">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <JobText form={form} field="salaryMin" label="Minimum salary" inputMode="numeric" description="Annual, whole units." />
        <JobText form={form} field="salaryMax" label="Maximum salary" inputMode="numeric" description="Annual, whole units." />
        <JobText
          form={form}
          field="salaryCurrency"
          label="Salary currency"
          maxLength={3}
          placeholder="EUR"
          description="ISO 4217; required with a salary."
        />
        <TextArea
          form={form}
          field="benefits"
          label="Benefits"
          rows={3}
          description={`One per line, at most ${LIMITS.benefits}.`}
          className="sm:col-span-3"
        />
      </div>
    </Card>
  );
}

export function JobApplyingSection({ form }: { form: JobFormState }) {
  return (
    <Card title="Applying">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <JobText form={form} field="openings" label="Openings" required inputMode="numeric" description="How many people to hire." />
        <JobText form={form} field="closingDate" label="Closing date" type="date" description="Last day to apply; today or later." />
        <JobText
          form={form}
          field="applicationUrl"
          label="Application URL"
          type="url"
          className="sm:col-span-2"
          maxLength={LIMITS.applicationUrl}
          placeholder="https://careers.example.com/jobs/42"
          description="Where candidates apply; https only."
        />
        <JobText
          form={form}
          field="externalRef"
          label="External reference"
          maxLength={LIMITS.externalRef}
          description="The id in your ATS; unique."
        />
      </div>
    </Card>
  );
}
