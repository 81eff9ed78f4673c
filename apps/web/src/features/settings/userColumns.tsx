import type { User } from '../../api/hooks/users';
import { Badge, RoleBadge } from '../../components/Badge';
import { DateTime } from '../../components/DateTime';
import { controlClass } from '../../components/FormField';
import { RowAction, rowActionsColumn } from '../../components/RowActions';
import type { Column } from '../../components/Table';
import { ROLE_OPTIONS } from './roles';

interface UserColumnsOptions {
  /** The signed-in admin: their own role and activation are not editable here. */
  meId: string | undefined;
  pending: (user: User) => boolean;
  onRole: (user: User, role: User['role']) => void;
  onActivate: (user: User) => void;
  onDeactivate: (user: User) => void;
}

/** The users table: name, email, role (a select for others), status, last sign-in, activate/deactivate. */
export function userColumns({ meId, pending, onRole, onActivate, onDeactivate }: UserColumnsOptions): Column<User>[] {
  return [
    {
      key: 'name',
      header: 'Name',
      rowHeader: true,
      cell: (u) => (
        <>
          {u.name}
          {u.id === meId && <span className="ml-1 text-xs font-normal text-slate-500">(you)</span>}
        </>
      ),
    },
    { key: 'email', header: 'Email', cell: (u) => u.email },
    {
      key: 'role',
      header: 'Role',
      cell: (u) =>
        u.id === meId ? (
          <RoleBadge role={u.role} />
        ) : (
          <select
            aria-label={`Role for ${u.name}`}
            className={controlClass() + ' min-w-32 py-1.5'}
            value={u.role}
            disabled={pending(u)}
            onChange={(e) => onRole(u, e.target.value as User['role'])}
          >
            {ROLE_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        ),
    },
    {
      key: 'status',
      header: 'Status',
      cell: (u) => (u.active ? <Badge tone="green">Active</Badge> : <Badge tone="red">Deactivated</Badge>),
    },
    { key: 'lastLogin', header: 'Last sign-in', cell: (u) => <DateTime value={u.lastLoginAt} fallback="Never" /> },
    rowActionsColumn((u) =>
      u.id === meId ? null : u.active ? (
        <RowAction label="Deactivate" name={u.name} onClick={() => onDeactivate(u)} />
      ) : (
        <RowAction label="Activate" name={u.name} loading={pending(u)} onClick={() => onActivate(u)} />
      ),
    ),
  ];
}
