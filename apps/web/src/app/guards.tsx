import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useMe } from '../api/hooks/auth';
import { Button } from '../components/Button';
import { ProblemAlert } from '../components/ProblemAlert';
import { LoadingBlock } from '../components/Spinner';
import { ForbiddenPage } from './ErrorPages';
import { useCan, type Capability } from './permissions';

/** Signed-in users only; everyone else goes to /login and comes back here afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <LoadingBlock label="Checking your session…" />;
  if (me.isError) {
    return (
      <div className="mx-auto max-w-md p-8">
        <ProblemAlert error={me.error} />
        <Button className="mt-4" onClick={() => me.refetch()}>
          Try again
        </Button>
      </div>
    );
  }
  if (!me.data) {
    const next = location.pathname + location.search + location.hash;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return children;
}

/** Shows the 403 page to roles without the capability (the API refuses them anyway). */
export function RequireCapability({ capability, children }: { capability: Capability; children: ReactNode }) {
  const can = useCan();
  return can(capability) ? children : <ForbiddenPage />;
}

/** Where to go after login: only paths inside this app (never `//evil.example` or a full URL). */
export function safeNextPath(next: string | null | undefined, fallback = '/dashboard'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || next.startsWith('/login')) return fallback;
  return next;
}
