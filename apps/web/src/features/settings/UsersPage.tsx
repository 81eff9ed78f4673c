import { useMe } from '../../api/hooks/auth';
import { useUpdateUser, useUsers, type User } from '../../api/hooks/users';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Table } from '../../components/Table';
import { useToast } from '../../components/Toast';
import { useConfirmTarget } from '../../components/useConfirmTarget';
import { InviteUserForm } from './InviteUserForm';
import { userColumns } from './userColumns';

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

  const columns = userColumns({
    meId: me?.id,
    pending: (u) => update.isPending && update.variables?.id === u.id,
    onRole: (u, role) => change(u, { role }, `${u.name} is now ${role}.`),
    onActivate: (u) => change(u, { active: true }, `${u.name} can sign in again.`),
    onDeactivate: askDeactivate,
  });

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
