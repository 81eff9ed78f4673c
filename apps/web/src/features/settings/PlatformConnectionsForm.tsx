import { useRef, useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { SelectField, TextField } from '../../components/FormField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useCreatePlatformConnection, type PlatformConnection, type PlatformKind } from './PlatformConnectionsApi';

/** One input of a platform's connection form. Secrets are password inputs and never prefilled. */
export interface ConnectionFieldSpec {
  name: string;
  label: string;
  secret?: boolean;
  required?: boolean;
  placeholder?: string;
  description?: string;
  /** Same rule as the API, checked before sending. */
  pattern?: RegExp;
  patternMessage?: string;
}

const CUSTOMER_ID = /^\d{3}-?\d{3}-?\d{4}$/;
const LOCALE_FIELDS: ConnectionFieldSpec[] = [
  { name: 'currency', label: 'Account currency', placeholder: 'USD', pattern: /^[A-Za-z]{3}$/, patternMessage: 'Use a 3-letter ISO code such as USD.' },
  { name: 'timeZone', label: 'Account time zone', placeholder: 'America/Chicago', description: 'IANA name; daily reports use this calendar.' },
];

export const CONNECTION_FIELDS: Record<PlatformKind, ConnectionFieldSpec[]> = {
  meta: [
    { name: 'adAccountId', label: 'Ad account id', required: true, placeholder: 'act_1234567890', pattern: /^(act_)?\d{1,20}$/, patternMessage: 'Use act_ followed by digits, or digits.' },
    { name: 'pageId', label: 'Facebook Page id', required: true, placeholder: '100200300400', pattern: /^\d{1,20}$/, patternMessage: 'Use digits only.' },
    { name: 'accessToken', label: 'Access token', secret: true, required: true, description: 'A system-user token with ads_management and ads_read.' },
    { name: 'appId', label: 'App id', placeholder: '1234567890', pattern: /^\d{1,20}$/, patternMessage: 'Use digits only.' },
    { name: 'appSecret', label: 'App secret', secret: true, description: 'Needed when the app requires appsecret_proof.' },
    ...LOCALE_FIELDS,
  ],
  google: [
    { name: 'customerId', label: 'Customer id', required: true, placeholder: '123-456-7890', pattern: CUSTOMER_ID, patternMessage: 'Use 10 digits (dashes allowed).' },
    { name: 'loginCustomerId', label: 'Manager (login) customer id', placeholder: '987-654-3210', pattern: CUSTOMER_ID, patternMessage: 'Use 10 digits (dashes allowed).', description: 'Only when access goes through a manager account.' },
    { name: 'developerToken', label: 'Developer token', secret: true, required: true },
    { name: 'clientId', label: 'OAuth client id', secret: true, required: true },
    { name: 'clientSecret', label: 'OAuth client secret', secret: true, required: true },
    { name: 'refreshToken', label: 'OAuth refresh token', secret: true, required: true },
    ...LOCALE_FIELDS,
  ],
  sandbox: LOCALE_FIELDS,
};

const KIND_OPTIONS: ReadonlyArray<{ value: PlatformKind; label: string }> = [
  { value: 'meta', label: 'Meta (Facebook / Instagram)' },
  { value: 'google', label: 'Google Ads' },
  { value: 'sandbox', label: 'Sandbox (simulated, no real ads)' },
];

type Errors = Record<string, string | undefined>;

/** Client-side checks, field by field, with the API's rules; returns messages keyed by field name. */
export function validateConnection(kind: PlatformKind, name: string, values: Record<string, string>): Errors {
  const errors: Errors = {};
  if (!name.trim()) errors.name = 'Name the connection, e.g. after the ad account.';
  for (const field of CONNECTION_FIELDS[kind]) {
    const value = values[field.name]?.trim() ?? '';
    if (!value) {
      if (field.required) errors[field.name] = `Enter the ${field.label.toLowerCase()}.`;
    } else if (field.pattern && !field.pattern.test(value)) {
      errors[field.name] = field.patternMessage;
    }
  }
  return errors;
}

/** Adds a connection; every value of another kind and every secret is dropped from state afterwards. */
export function PlatformConnectionsForm({ onCreated }: { onCreated?: (connection: PlatformConnection) => void }) {
  const create = useCreatePlatformConnection();
  const [kind, setKind] = useState<PlatformKind>('meta');
  const [name, setName] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Errors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const fields = CONNECTION_FIELDS[kind];

  const chooseKind = (next: PlatformKind) => {
    setKind(next);
    setValues({});
    setErrors({});
    create.reset();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateConnection(kind, name, values);
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
          <SelectField label="Platform" name="kind" value={kind} options={KIND_OPTIONS} onChange={(e) => chooseKind(e.target.value as PlatformKind)} />
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
        {kind === 'sandbox' && <p className="text-sm text-slate-600">The sandbox simulates delivery from budget and audience size. Everything published to it is labelled “Sandbox”.</p>}
        <div>
          <Button type="submit" loading={create.isPending}>
            Add connection
          </Button>
        </div>
      </form>
    </Card>
  );
}
