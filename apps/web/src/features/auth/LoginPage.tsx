import { useRef, useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useLogin, useMe } from '../../api/hooks/auth';
import { safeNextPath } from '../../app/guards';
import { Button } from '../../components/Button';
import { TextField } from '../../components/FormField';
import { useDocumentTitle } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LoadingBlock } from '../../components/Spinner';

interface LoginErrors {
  email?: string;
  password?: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateLogin(email: string, password: string): LoginErrors {
  const errors: LoginErrors = {};
  if (!email.trim()) errors.email = 'Enter your email address.';
  else if (!EMAIL.test(email.trim())) errors.email = 'Enter a valid email address, like name@example.com.';
  if (!password) errors.password = 'Enter your password.';
  return errors;
}

export function LoginPage() {
  useDocumentTitle('Sign in');
  const me = useMe();
  const login = useLogin();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<LoginErrors>({});
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  if (me.isPending) return <LoadingBlock label="Checking your session…" />;
  if (me.data && !login.isPending) return <Navigate to={next} replace />;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateLogin(email, password);
    setErrors(found);
    if (found.email) return emailRef.current?.focus();
    if (found.password) return passwordRef.current?.focus();
    login.mutate({ email: email.trim(), password }, { onSuccess: () => navigate(next, { replace: true }) });
  };

  const apiError = login.error;
  return (
    <div className="flex min-h-full flex-col justify-center px-4 py-12 sm:px-6">
      <main className="mx-auto w-full max-w-sm">
        <div className="flex items-center justify-center gap-2">
          <img src="/favicon.svg" alt="" className="size-10" />
          <span className="text-2xl font-semibold tracking-tight">AdFlux</span>
        </div>
        <h1 className="mt-6 text-center text-xl font-semibold text-slate-900">Sign in to your account</h1>
        <div className="mt-8 rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:p-8">
          <form noValidate onSubmit={onSubmit} className="flex flex-col gap-5" aria-describedby={apiError ? 'login-error' : undefined}>
            {apiError && (
              <div id="login-error">
                {apiError.status === 401 ? (
                  <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm font-semibold text-red-900">
                    Wrong email or password.
                  </p>
                ) : (
                  <ProblemAlert error={apiError} inlineFields={['email', 'password']} />
                )}
              </div>
            )}
            <TextField
              ref={emailRef}
              label="Email"
              name="email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={errors.email ?? apiError?.fieldError('email')}
            />
            <TextField
              ref={passwordRef}
              label="Password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={errors.password ?? apiError?.fieldError('password')}
            />
            <Button type="submit" loading={login.isPending} className="w-full">
              Sign in
            </Button>
          </form>
        </div>
        <p className="mt-6 text-center text-xs text-slate-600">Accounts are created by an administrator under Settings → Users.</p>
      </main>
    </div>
  );
}
