import { useRef, useState, type FormEvent } from 'react';
import { useCreateUser, type User } from '../../api/hooks/users';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { CopyButton } from '../../components/CopyButton';
import { SelectField, TextField } from '../../components/FormField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ROLE_OPTIONS } from './roles';

interface Invited {
  user: User;
  temporaryPassword?: string;
}

/** Creates an account; the generated password is shown here once and never again. */
export function InviteUserForm() {
  const create = useCreateUser();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<User['role']>('recruiter');
  const [errors, setErrors] = useState<{ name?: string; email?: string }>({});
  const [invited, setInvited] = useState<Invited | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (!name.trim()) found.name = 'Enter the person’s name.';
    if (!email.trim()) found.email = 'Enter an email address.';
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) found.email = 'Enter a valid email address.';
    setErrors(found);
    if (found.name) return nameRef.current?.focus();
    if (found.email) return emailRef.current?.focus();
    setInvited(null);
    create.mutate(
      { name: name.trim(), email: email.trim(), role },
      {
        onSuccess: (result) => {
          setInvited(result);
          setName('');
          setEmail('');
          setRole('recruiter');
        },
      },
    );
  };

  const apiError = create.error;
  return (
    <Card title="Invite a user" description="A password is generated and shown once; pass it on securely. The user should change it after signing in.">
      {invited && <InvitedNotice invited={invited} onDone={() => setInvited(null)} />}
      <form noValidate onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_12rem_auto] lg:items-start">
        {apiError && <ProblemAlert error={apiError} inlineFields={['name', 'email', 'role']} className="sm:col-span-2 lg:col-span-4" />}
        <TextField ref={nameRef} label="Name" name="name" autoComplete="off" required value={name} onChange={(e) => setName(e.target.value)} error={errors.name ?? apiError?.fieldError('name')} />
        <TextField ref={emailRef} label="Email" name="email" type="email" autoComplete="off" required value={email} onChange={(e) => setEmail(e.target.value)} error={errors.email ?? apiError?.fieldError('email')} />
        <SelectField label="Role" name="role" value={role} onChange={(e) => setRole(e.target.value as User['role'])} options={ROLE_OPTIONS} error={apiError?.fieldError('role')} />
        <Button type="submit" loading={create.isPending} className="lg:mt-6">
          Invite user
        </Button>
      </form>
    </Card>
  );
}

function InvitedNotice({ invited, onDone }: { invited: Invited; onDone: () => void }) {
  return (
    <div role="status" className="mb-4 rounded-md border border-green-200 bg-green-50 p-4 text-sm text-green-900">
      <p className="font-semibold">
        {invited.user.name} ({invited.user.email}) can now sign in as {invited.user.role}.
      </p>
      {invited.temporaryPassword ? (
        <div className="mt-2">
          <p>Temporary password — shown only this once:</p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <code aria-label="Temporary password" className="rounded bg-white px-2 py-1 font-mono text-sm text-slate-900 ring-1 ring-green-200 select-all">
              {invited.temporaryPassword}
            </code>
            <CopyButton value={invited.temporaryPassword} label="Copy password" size="sm" />
            <Button variant="ghost" size="sm" onClick={onDone}>
              Done
            </Button>
          </div>
        </div>
      ) : (
        <Button variant="ghost" size="sm" className="mt-2" onClick={onDone}>
          Done
        </Button>
      )}
    </div>
  );
}
