import type { ReactNode } from 'react';
import { useAdsPlatform } from '../../api/hooks/adsPlatforms';
import { Badge } from '../../components/Badge';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateTime } from '../../components/DateTime';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RowAction, rowActionsColumn } from '../../components/RowActions';
import { Table, type Column } from '../../components/Table';
import { useToast } from '../../components/Toast';
import { useConfirmTarget } from '../../components/useConfirmTarget';
import {
  useDeletePlatformConnection, usePlatformConnections, useVerifyPlatformConnection, type ConnectionStatus, type PlatformConnection,
} from '../../api/hooks/platformConnections';
import { PlatformConnectionsForm } from './PlatformConnectionsForm';

const statusBadge: Record<ConnectionStatus, ReactNode> = {
  connected: <Badge tone="green">Connected</Badge>,
  unverified: <Badge>Not verified</Badge>,
  needs_reauth: <Badge tone="amber">Needs new credentials</Badge>,
  error: <Badge tone="red">Error</Badge>,
};


function AccountCell({ connection }: { connection: PlatformConnection }) {
  const { account } = connection;
  // The account's id is the platform's first required setting (Meta ad account, Google customer id).
  const idField = useAdsPlatform(connection.kind)?.fields.find((f) => !f.secret && f.required);
  const id = idField ? (account as Record<string, string | undefined>)[idField.name] : undefined;
  return (
    <div className="flex flex-col text-xs text-slate-700">
      {id && <span className="font-mono">{id}</span>}
      {(account.currency || account.timeZone) && <span>{[account.currency, account.timeZone].filter(Boolean).join(' · ')}</span>}
    </div>
  );
}

/** Masked secrets as the API returns them (`••••1234`); the values themselves never reach the browser. */
function SecretsCell({ connection }: { connection: PlatformConnection }) {
  const fields = useAdsPlatform(connection.kind)?.fields;
  // Field labels from the platform's form, so the list names secrets the way the admin entered them.
  const labelOf = (field: string) => fields?.find((f) => f.name === field)?.label ?? field;
  const entries = Object.entries(connection.secrets).filter(([, masked]) => masked);
  if (entries.length === 0) return <span className="text-slate-500">None</span>;
  return (
    <dl className="grid grid-cols-[auto_auto] gap-x-2 text-xs">
      {entries.map(([field, masked]) => (
        <div key={field} className="contents">
          <dt className="text-slate-600">{labelOf(field)}</dt>
          <dd className="font-mono text-slate-800">{masked}</dd>
        </div>
      ))}
    </dl>
  );
}

export function PlatformConnectionsPage() {
  const connections = usePlatformConnections();
  const verify = useVerifyPlatformConnection();
  const remove = useDeletePlatformConnection();
  const { notify } = useToast();
  const { target: deleting, ask: askDelete, close: closeDelete } = useConfirmTarget<PlatformConnection>(remove);

  const runVerify = (connection: PlatformConnection) =>
    verify.mutate(connection.id, {
      onSuccess: (result) => notify(`${connection.name}: ${result.ok ? 'connected' : 'not connected'} — ${result.detail}`, result.ok ? 'success' : 'error'),
      onError: (error) => notify(error.detail, 'error'),
    });

  const confirmDelete = () =>
    deleting &&
    remove.mutate(deleting.id, {
      onSuccess: () => {
        notify(`Connection “${deleting.name}” was deleted.`);
        closeDelete();
      },
    });

  const columns: Column<PlatformConnection>[] = [
    {
      key: 'name',
      header: 'Name',
      rowHeader: true,
      cell: (c) => (
        <span className="flex items-center gap-2">
          {c.name}
          {c.isSandbox && <Badge tone="indigo">Sandbox</Badge>}
        </span>
      ),
    },
    { key: 'platform', header: 'Platform', cell: (c) => c.label },
    {
      key: 'status',
      header: 'Status',
      cell: (c) => (
        <div className="flex max-w-xs flex-col gap-1">
          {statusBadge[c.status]}
          {c.statusDetail && <span className="text-xs text-slate-600">{c.statusDetail}</span>}
        </div>
      ),
    },
    { key: 'account', header: 'Account', cell: (c) => <AccountCell connection={c} /> },
    { key: 'secrets', header: 'Secrets', cell: (c) => <SecretsCell connection={c} /> },
    { key: 'verified', header: 'Last verified', cell: (c) => <DateTime value={c.lastVerifiedAt} fallback="Never" /> },
    rowActionsColumn((c) => (
      <>
        <RowAction label="Verify" name={c.name} loading={verify.isPending && verify.variables === c.id} onClick={() => runVerify(c)} />
        <RowAction label="Delete" name={c.name} onClick={() => askDelete(c)} />
      </>
    )),
  ];

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        level={2}
        title="Platform connections"
        description="The Meta and Google Ads accounts campaigns publish to, and the Sandbox, a simulated platform for trying the whole flow without spending money."
      />
      <PlatformConnectionsForm onCreated={(c) => notify(`Connection “${c.name}” was added. Verify it to check the credentials.`)} />
      {connections.isError && <ProblemAlert error={connections.error} />}
      <Table caption="Platform connections" captionHidden columns={columns} rows={connections.data} rowKey={(c) => c.id} loading={connections.isPending} empty="No connections yet." />
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete connection “${deleting?.name ?? ''}”?`}
        description="Its credentials are erased at once and campaigns can no longer publish to it. Past publications keep their history."
        confirmLabel="Delete connection"
        pending={remove.isPending}
        error={remove.error}
        onConfirm={confirmDelete}
        onCancel={closeDelete}
      />
    </div>
  );
}
