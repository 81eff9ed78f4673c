import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useCreateJob, useUpdateJob, type Job } from '../../api/hooks/jobs';
import { useToast } from '../../components/Toast';
import {
  emptyJobForm,
  FIELDS_IN_ORDER,
  formToCreateBody,
  formToPatch,
  jobToForm,
  todayUtc,
  validateJobForm,
  type JobField,
  type JobFormErrors,
  type JobFormValues,
} from './jobForm';
import { isFinal } from './jobStatus';

/**
 * State and submit of the job form: validate locally (focus on the first bad field), then create a
 * draft or send only the changed fields; API field errors focus their field too.
 */
export function useJobForm(job: Job | undefined) {
  const navigate = useNavigate();
  const { notify } = useToast();
  const create = useCreateJob();
  const update = useUpdateJob();
  const mutation = job ? update : create;
  const [initial] = useState<JobFormValues>(() => (job ? jobToForm(job) : emptyJobForm()));
  const [values, setValues] = useState<JobFormValues>(initial);
  const [errors, setErrors] = useState<JobFormErrors>({});
  const formRef = useRef<HTMLFormElement>(null);

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
  const saved = (message: (title: string) => string) => ({
    onSuccess: (result: Job) => {
      notify(message(result.title));
      navigate(`/jobs/${result.id}`);
    },
    onError: (error: { fieldError: (f: string) => string | undefined }) => focusFirst((f) => !!error.fieldError(f)),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateJobForm(values, { today: todayUtc(), storedClosingDate: job?.closingDate });
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirst((f) => !!found[f]);
    if (!job)
      return create.mutate(
        formToCreateBody(values),
        saved((title) => `“${title}” was created as a draft.`),
      );
    const changes = formToPatch(initial, values);
    if (Object.keys(changes).length === 0) return navigate(`/jobs/${job.id}`);
    update.mutate(
      { id: job.id, changes },
      saved((title) => `“${title}” was saved.`),
    );
  };

  return { values, set, fieldError, formRef, submit, mutation, locked: job ? isFinal(job.status) : false };
}

export type JobFormState = ReturnType<typeof useJobForm>;
