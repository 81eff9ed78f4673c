import { useMe } from '../../api/hooks/auth';
import { useUpdateUser, useUsers, type User } from '../../api/hooks/users';
import { Badge, RoleBadge } from '../../components/Badge';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateTime } from '../../components/DateTime';
import { controlClass } from '../../components/FormField';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RowAction, rowActionsColumn } from '../../components/RowActions';
import { Table, type Column } from '../../components/Table';
import { useToast } from '../../components/Toast';
import { useConfirmTarget } from '../../components/useConfirmTarget';
import { InviteUserForm } from './InviteUserForm';
import { ROLE_OPTIONS } from './roles';

export function UsersPage() {
  const users = useUsers();
  const me = useMe().data;
  const update = useUpdateUser();
  const { notify } = useToast();
  const { target: deactivating, ask: askDeactivate, close: closeDeactivate } = useConfirmTarget<User>(update);

  const change = (user: User, changes: Parameters<typeof update.mutate>[0]['changes'], done: string) =>
    update.mutate(
      { id: user.id, changes },
      {
        onSuccess: () => {
          notify(done);
          closeDeactivate();
        },
        onError: (error) => {
          if (!deactivating) notify(error.detail, 'error');
        },
      },
    );

  const columns: Column<User>[] = [
    {
      key: 'name',
      header: 'Name',
      rowHeader: true,
      cell: (u) => (
        <>
          {u.name}
          {u.id === me?.id && <span className="ml-1 text-xs font-normal text-slate-500">(you)</span>}
        </>
      ),
    },
    { key: 'email', header: 'Email', cell: (u) => u.email },
    {
      key: 'role',
      header: 'Role',
      cell: (u) =>
        u.id === me?.id ? (
          <RoleBadge role={u.role} />
        ) : (
          <select
            aria-label={`Role for ${u.name}`}
            className={controlClass() + ' min-w-32 py-1.5'}
            value={u.role}
            disabled={update.isPending && update.variables?.id === u.id}
            onChange={(e) => change(u, { role: e.target.value as User['role'] }, `${u.name} is now ${e.target.value}.`)}
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
      u.id === me?.id ? null : u.active ? (
        <RowAction label="Deactivate" name={u.name} onClick={() => askDeactivate(u)} />
      ) : (
        <RowAction
          label="Activate"
          name={u.name}
          loading={update.isPending && update.variables?.id === u.id}
          onClick={() => change(u, { active: true }, `${u.name} can sign in again.`)}
        />
      ),
    ),
  ];

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        level={2}
        title="Users"
        description="Admins manage settings; recruiters create and run jobs and campaigns; viewers only read. Role changes and deactivation sign the user out at once."
      />
      <InviteUserForm />
      {users.isError && <ProblemAlert error={users.error} />}
      <Table
        caption="Users"
        captionHidden
        columns={columns}
        rows={users.data}
        rowKey={(u) => u.id}
        loading={users.isPending}
        empty="No users yet."
      />
      <ConfirmDialog
        open={deactivating !== null}
        title={`Deactivate ${deactivating?.name ?? ''}?`}
        description="They are signed out now and cannot sign in until an admin activates the account again."
        confirmLabel="Deactivate"
        pending={update.isPending}
        error={deactivating ? update.error : null}
        onConfirm={() => deactivating && change(deactivating, { active: false }, `${deactivating.name} was deactivated.`)}
        onCancel={() => {
          closeDeactivate();
          update.reset();
        }}
      />
    </div>
  );
}
