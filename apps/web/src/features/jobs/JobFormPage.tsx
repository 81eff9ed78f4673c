import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/errors';
import { useCreateJob, useJob, useUpdateJob, type Job } from '../../api/hooks/jobs';
import { ForbiddenPage } from '../../app/ErrorPages';
import { useCan } from '../../app/permissions';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { cn, focusRing } from '../../components/cn';
import { controlClass, Field, SelectField, TextField } from '../../components/FormField';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LoadingBlock } from '../../components/Spinner';
import { useToast } from '../../components/Toast';
import {
  EDUCATION_LABELS,
  EMPLOYMENT_LABELS,
  emptyJobForm,
  EXPERIENCE_LABELS,
  FIELDS_IN_ORDER,
  formToCreateBody,
  formToPatch,
  jobToForm,
  LIMITS,
  optionsOf,
  REMOTE_LABELS,
  todayUtc,
  validateJobForm,
  type JobField,
  type JobFormErrors,
  type JobFormValues,
} from './jobForm';
import { isFinal, STATUS_LABELS } from './jobStatus';

/** /jobs/new */
export function NewJobPage() {
  const can = useCan();
  if (!can('mutate')) return <ForbiddenPage />;
  return <JobForm />;
}

/** /jobs/:id/edit */
export function EditJobPage() {
  const { id = '' } = useParams();
  const can = useCan();
  const job = useJob(id);
  if (!can('mutate')) return <ForbiddenPage />;
  if (job.isError) return <ProblemAlert error={job.error} />;
  if (!job.data) return <LoadingBlock label="Loading job…" />;
  return <JobForm key={job.data.id} job={job.data} />;
}

function JobForm({ job }: { job?: Job }) {
  const navigate = useNavigate();
  const { notify } = useToast();
  const create = useCreateJob();
  const update = useUpdateJob();
  const mutation = job ? update : create;
  const [initial] = useState<JobFormValues>(() => (job ? jobToForm(job) : emptyJobForm()));
  const [values, setValues] = useState<JobFormValues>(initial);
  const [errors, setErrors] = useState<JobFormErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const locked = job ? isFinal(job.status) : false;

  const set = <K extends keyof JobFormValues>(key: K, value: JobFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    // A corrected field stops showing its old message.
    setErrors((e) => (e[key as JobField] ? { ...e, [key]: undefined } : e));
  };
  const fieldError = (field: JobField) => errors[field] ?? mutation.error?.fieldError(field);

  const focusFirst = (invalid: (f: JobField) => boolean) => {
    const first = FIELDS_IN_ORDER.find(invalid);
    if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateJobForm(values, { today: todayUtc(), storedClosingDate: job?.closingDate });
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirst((f) => !!found[f]);
      return;
    }
    const onError = (error: { fieldError: (f: string) => string | undefined }) => focusFirst((f) => !!error.fieldError(f));
    if (job) {
      const changes = formToPatch(initial, values);
      if (Object.keys(changes).length === 0) {
        navigate(`/jobs/${job.id}`);
        return;
      }
      update.mutate(
        { id: job.id, changes },
        {
          onSuccess: (saved) => {
            notify(`“${saved.title}” was saved.`);
            navigate(`/jobs/${saved.id}`);
          },
          onError,
        },
      );
    } else {
      create.mutate(formToCreateBody(values), {
        onSuccess: (saved) => {
          notify(`“${saved.title}” was created as a draft.`);
          navigate(`/jobs/${saved.id}`);
        },
        onError,
      });
    }
  };

  const text = (field: keyof JobFormValues & JobField, label: string, props: { required?: boolean; maxLength?: number; description?: ReactNode; className?: string; type?: string; placeholder?: string; inputMode?: 'numeric' } = {}) => (
    <TextField
      name={field}
      label={label}
      value={values[field] as string}
      onChange={(e) => set(field, e.target.value as never)}
      error={fieldError(field)}
      {...props}
    />
  );

  const shortLength = values.shortDescription.trim().length;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={job ? `Edit ${job.title}` : 'New job'}
        description={job ? `Status: ${STATUS_LABELS[job.status]}. Changes to an open job show in its ads at the next sync.` : 'A new job starts as a draft; open it when it is ready to advertise.'}
      />
      {locked && <ProblemAlert error={new ApiError({ status: 409, title: 'This job can no longer be edited', detail: `It is ${job!.status}; closed, filled and archived jobs keep their last version.` })} />}
      <form ref={formRef} noValidate onSubmit={submit} className="flex flex-col gap-6" aria-label={job ? 'Edit job' : 'New job'}>
        {mutation.error && <ProblemAlert error={mutation.error} inlineFields={FIELDS_IN_ORDER} />}
        <Card title="The job">
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            {text('title', 'Title', { required: true, maxLength: LIMITS.title, className: 'sm:col-span-2' })}
            {text('company', 'Company', { required: true, maxLength: LIMITS.company })}
            {text('department', 'Department', { maxLength: LIMITS.department })}
            <Field
              className="sm:col-span-2"
              label="Short description"
              required
              description={
                <span className={shortLength > LIMITS.shortDescription ? 'text-red-700' : undefined}>
                  Shown in ads. {shortLength}/{LIMITS.shortDescription} characters.
                </span>
              }
              error={fieldError('shortDescription')}
            >
              {(control) => (
                <input name="shortDescription" required className={controlClass(!!fieldError('shortDescription'))} value={values.shortDescription} onChange={(e) => set('shortDescription', e.target.value)} {...control} />
              )}
            </Field>
            <Field className="sm:col-span-2" label="Description" required description="Plain text or Markdown." error={fieldError('description')}>
              {(control) => (
                <textarea name="description" required rows={8} maxLength={LIMITS.description} className={controlClass(!!fieldError('description'))} value={values.description} onChange={(e) => set('description', e.target.value)} {...control} />
              )}
            </Field>
          </div>
        </Card>

        <Card title="Where and how">
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
            {text('city', 'City', { maxLength: LIMITS.city })}
            {text('region', 'Region', { maxLength: LIMITS.region })}
            {text('countryCode', 'Country code', { required: true, maxLength: 2, placeholder: 'DE', description: 'ISO 3166-1 alpha-2, e.g. DE or US.' })}
            <SelectField name="remote" label="Work mode" required value={values.remote} onChange={(e) => set('remote', e.target.value as JobFormValues['remote'])} options={optionsOf(REMOTE_LABELS)} error={fieldError('remote')} />
            <SelectField name="employmentType" label="Employment type" required value={values.employmentType} onChange={(e) => set('employmentType', e.target.value as JobFormValues['employmentType'])} options={optionsOf(EMPLOYMENT_LABELS)} error={fieldError('employmentType')} />
            <SelectField name="experienceLevel" label="Experience level" required value={values.experienceLevel} onChange={(e) => set('experienceLevel', e.target.value as JobFormValues['experienceLevel'])} options={optionsOf(EXPERIENCE_LABELS)} error={fieldError('experienceLevel')} />
            <SelectField name="educationLevel" label="Minimum education" value={values.educationLevel} onChange={(e) => set('educationLevel', e.target.value as JobFormValues['educationLevel'])} options={[{ value: '', label: 'Not specified' }, ...optionsOf(EDUCATION_LABELS)]} error={fieldError('educationLevel')} />
            {text('skills', 'Skills', { className: 'sm:col-span-2', placeholder: 'typescript, postgresql', description: `Comma-separated, at most ${LIMITS.skills}.` })}
          </div>
        </Card>

        <Card title="Pay and benefits">
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
            {text('salaryMin', 'Minimum salary', { inputMode: 'numeric', description: 'Annual, whole units.' })}
            {text('salaryMax', 'Maximum salary', { inputMode: 'numeric', description: 'Annual, whole units.' })}
            {text('salaryCurrency', 'Salary currency', { maxLength: 3, placeholder: 'EUR', description: 'ISO 4217; required with a salary.' })}
            <Field className="sm:col-span-3" label="Benefits" description={`One per line, at most ${LIMITS.benefits}.`} error={fieldError('benefits')}>
              {(control) => <textarea name="benefits" rows={3} className={controlClass(!!fieldError('benefits'))} value={values.benefits} onChange={(e) => set('benefits', e.target.value)} {...control} />}
            </Field>
          </div>
        </Card>

        <Card title="Applying">
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            {text('openings', 'Openings', { required: true, inputMode: 'numeric', description: 'How many people to hire.' })}
            {text('closingDate', 'Closing date', { type: 'date', description: 'Last day to apply; today or later.' })}
            {text('applicationUrl', 'Application URL', { type: 'url', className: 'sm:col-span-2', maxLength: LIMITS.applicationUrl, placeholder: 'https://careers.example.com/jobs/42', description: 'Where candidates apply; https only.' })}
            {text('externalRef', 'External reference', { maxLength: LIMITS.externalRef, description: 'The id in your ATS; unique.' })}
          </div>
        </Card>

        <div className="flex flex-wrap justify-end gap-2">
          <Link to={job ? `/jobs/${job.id}` : '/jobs'} className={cn('inline-flex items-center rounded-md bg-white px-3.5 py-2 text-sm font-semibold text-slate-800 shadow-sm ring-1 ring-slate-300 ring-inset hover:bg-slate-50', focusRing)}>
            Cancel
          </Link>
          <Button type="submit" loading={mutation.isPending} disabled={locked}>
            {job ? 'Save changes' : 'Create job'}
          </Button>
        </div>
      </form>
    </div>
  );
}
