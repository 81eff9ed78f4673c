import { useRef, useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { SelectField, TextField } from '../../components/FormField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LoadingBlock } from '../../components/Spinner';
import { useAdsPlatforms, type AdsPlatform, type ConnectionField, type PlatformKind } from '../../api/hooks/adsPlatforms';
import { useCreatePlatformConnection, type PlatformConnection } from '../../api/hooks/platformConnections';

type Errors = Record<string, string | undefined>;

/** Client-side checks, field by field, with the rules the API sends (GET /api/ads-platforms); messages keyed by field name. */
export function validateConnection(fields: readonly ConnectionField[], name: string, values: Record<string, string>): Errors {
  const errors: Errors = {};
  if (!name.trim()) errors.name = 'Name the connection, e.g. after the ad account.';
  for (const field of fields) {
    const value = values[field.name]?.trim() ?? '';
    if (!value) {
      if (field.required) errors[field.name] = `Enter the ${field.label.toLowerCase()}.`;
    } else if (field.pattern && !new RegExp(field.pattern).test(value)) {
      errors[field.name] = field.patternMessage;
    }
  }
  return errors;
}

/** The platforms, their form fields and notes come from the API's registry. */
export function PlatformConnectionsForm({ onCreated }: { onCreated?: (connection: PlatformConnection) => void }) {
  const platforms = useAdsPlatforms();
  if (!platforms.data) return <Card title="Add a connection"><LoadingBlock label="Loading platforms…" /></Card>;
  return <ConnectionForm platforms={platforms.data} onCreated={onCreated} />;
}

/** Adds a connection; every value of another kind and every secret is dropped from state afterwards. */
function ConnectionForm({ platforms, onCreated }: { platforms: readonly AdsPlatform[]; onCreated?: (connection: PlatformConnection) => void }) {
  const create = useCreatePlatformConnection();
  const [kind, setKind] = useState<PlatformKind>(platforms[0]!.kind);
  const [name, setName] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Errors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const platform = platforms.find((p) => p.kind === kind) ?? platforms[0]!;
  const fields = platform.fields;
  const kindOptions = platforms.map((p) => ({ value: p.kind, label: p.optionLabel }));

  const chooseKind = (next: PlatformKind) => {
    setKind(next);
    setValues({});
    setErrors({});
    create.reset();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateConnection(fields, name, values);
    setErrors(found);
    const firstInvalid = ['name', ...fields.map((f) => f.name)].find((f) => found[f]);
    if (firstInvalid) return formRef.current?.querySelector<HTMLElement>(`[name="${firstInvalid}"]`)?.focus();
    const section = Object.fromEntries(fields.map((f) => [f.name, values[f.name]?.trim()]).filter(([, v]) => v));
    create.mutate(
      { kind, name: name.trim(), ...(Object.keys(section).length ? { [kind]: section } : {}) },
      {
        onSuccess: (connection) => {
          setName('');
          setValues({});
          onCreated?.(connection);
        },
      },
    );
  };

  const apiError = create.error;
  const apiFieldError = (field: string) => apiError?.fieldError(`${kind}.${field}`);
  return (
    <Card title="Add a connection" description="Secrets are encrypted when saved and never shown again: only their last characters are.">
      <form ref={formRef} noValidate onSubmit={onSubmit} className="flex flex-col gap-5" aria-label="Add a platform connection">
        {apiError && <ProblemAlert error={apiError} inlineFields={['name', ...fields.map((f) => `${kind}.${f.name}`)]} />}
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField label="Platform" name="kind" value={kind} options={kindOptions} onChange={(e) => chooseKind(e.target.value as PlatformKind)} />
          <TextField label="Connection name" name="name" required autoComplete="off" maxLength={100} placeholder="Meta – Clinic ads" value={name} onChange={(e) => setName(e.target.value)} error={errors.name ?? apiError?.fieldError('name')} />
          {fields.map((field) => (
            <TextField
              key={`${kind}.${field.name}`}
              label={field.label}
              name={field.name}
              type={field.secret ? 'password' : 'text'}
              autoComplete={field.secret ? 'new-password' : 'off'}
              spellCheck={false}
              required={field.required}
              placeholder={field.placeholder}
              description={field.description}
              value={values[field.name] ?? ''}
              onChange={(e) => setValues((v) => ({ ...v, [field.name]: e.target.value }))}
              error={errors[field.name] ?? apiFieldError(field.name)}
            />
          ))}
        </div>
        {platform.connectionNote && <p className="text-sm text-slate-600">{platform.connectionNote}</p>}
        <div>
          <Button type="submit" loading={create.isPending}>
            Add connection
          </Button>
        </div>
      </form>
    </Card>
  );
}
