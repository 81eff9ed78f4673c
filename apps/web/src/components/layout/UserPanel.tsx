import { useNavigate } from 'react-router-dom';
import { useLogout, useMe } from '../../api/hooks/auth';
import { RoleBadge } from '../Badge';
import { Button } from '../Button';
import { Icon } from '../icons';
import { useToast } from '../Toast';
import { LiveIndicator } from './LiveIndicator';

/** Who is signed in, with which role, and the way out. */
export function UserPanel() {
  const me = useMe().data;
  const logout = useLogout();
  const navigate = useNavigate();
  const { notify } = useToast();
  if (!me) return null;
  const signOut = async () => {
    try {
      // mutateAsync, not mutate's callbacks: this panel unmounts as soon as the user is forgotten.
      await logout.mutateAsync();
      // Synchronously, before the route guard notices the missing user and adds a `?next=` to come back here.
      navigate('/login', { replace: true, flushSync: true });
    } catch (error) {
      notify(`Sign out failed: ${(error as Error).message}`, 'error');
    }
  };
  return (
    <div className="border-t border-slate-200 p-4">
      <p className="truncate text-sm font-medium text-slate-900">{me.name}</p>
      {me.email && <p className="truncate text-xs text-slate-600">{me.email}</p>}
      <LiveIndicator />
      <div className="mt-2 flex items-center justify-between gap-2">
        <span className="text-xs text-slate-600">
          <span className="sr-only">Role: </span>
          <RoleBadge role={me.role} />
        </span>
        <Button variant="ghost" size="sm" onClick={signOut} loading={logout.isPending}>
          <Icon name="signOut" className="size-4" />
          Sign out
        </Button>
      </div>
    </div>
  );
}
