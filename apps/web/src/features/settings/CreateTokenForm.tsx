import { useRef, useState, type FormEvent } from 'react';
import { useCreateApiToken, type TokenScope } from '../../api/hooks/apiTokens';
import type { Schema } from '../../api/client';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { CheckboxGroup, TextField } from '../../components/FormField';
import { ProblemAlert } from '../../components/ProblemAlert';

const SCOPE_OPTIONS: ReadonlyArray<{ value: TokenScope; label: string; description: string }> = [
  { value: 'read', label: 'Read', description: 'List and fetch jobs, candidates, segments, campaigns and metrics.' },
  { value: 'write', label: 'Write', description: 'Create and change data (recruiter permissions).' },
];

/** `2026-12-31` (a local date) → the end of that day as an ISO timestamp. */
export function endOfDayIso(date: string): string {
  return new Date(`${date}T23:59:59`).toISOString();
}

/** Creates a token and hands the one-time answer (with its secret) to `onCreated`; it is kept nowhere else. */
export function CreateTokenForm({ onCreated }: { onCreated: (created: Schema<'CreatedApiTokenDto'>) => void }) {
  const create = useCreateApiToken();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<TokenScope[]>(['read']);
  const [expiresOn, setExpiresOn] = useState('');
  const [errors, setErrors] = useState<{ name?: string; scopes?: string; expiresAt?: string }>({});
  const nameRef = useRef<HTMLInputElement>(null);
  const scopesRef = useRef<HTMLInputElement>(null);
  const expiresRef = useRef<HTMLInputElement>(null);
  const today = new Date().toISOString().slice(0, 10);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (!name.trim()) found.name = 'Name the token after the integration that uses it.';
    if (scopes.length === 0) found.scopes = 'Choose at least one scope.';
    if (expiresOn && expiresOn < today) found.expiresAt = 'Choose today or a later date.';
    setErrors(found);
    if (found.name) return nameRef.current?.focus();
    if (found.scopes) return scopesRef.current?.focus();
    if (found.expiresAt) return expiresRef.current?.focus();
    create.mutate(
      { name: name.trim(), scopes, ...(expiresOn ? { expiresAt: endOfDayIso(expiresOn) } : {}) },
      {
        onSuccess: (created) => {
          setName('');
          setScopes(['read']);
          setExpiresOn('');
          onCreated(created);
        },
      },
    );
  };

  const apiError = create.error;
  return (
    <Card title="Create an API token" description="For ATS, BI tools and scripts: they send it as `Authorization: Bearer <token>`.">
      <form noValidate onSubmit={onSubmit} className="flex flex-col gap-5">
        {apiError && <ProblemAlert error={apiError} inlineFields={['name', 'scopes', 'expiresAt']} />}
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField ref={nameRef} label="Token name" name="name" required autoComplete="off" placeholder="Greenhouse sync" maxLength={100} value={name} onChange={(e) => setName(e.target.value)} error={errors.name ?? apiError?.fieldError('name')} />
          <TextField ref={expiresRef} label="Expires on" name="expiresAt" type="date" min={today} description="Optional. Leave empty for a token that does not expire." value={expiresOn} onChange={(e) => setExpiresOn(e.target.value)} error={errors.expiresAt ?? apiError?.fieldError('expiresAt')} />
        </div>
        <CheckboxGroup legend="Scopes" options={SCOPE_OPTIONS} value={scopes} onChange={setScopes} firstRef={scopesRef} error={errors.scopes ?? apiError?.fieldError('scopes')} />
        <div>
          <Button type="submit" loading={create.isPending}>
            Create token
          </Button>
        </div>
      </form>
    </Card>
  );
}
