import { useState, type ReactNode } from 'react';
import type { Schema } from '../../api/client';
import { useApiTokens, useRevokeApiToken, type ApiToken } from '../../api/hooks/apiTokens';
import { Badge } from '../../components/Badge';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateTime } from '../../components/DateTime';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RowAction, rowActionsColumn } from '../../components/RowActions';
import { Table, type Column } from '../../components/Table';
import { useToast } from '../../components/Toast';
import { useConfirmTarget } from '../../components/useConfirmTarget';
import { CreateTokenForm } from './CreateTokenForm';
import { TokenSecretDialog } from './TokenSecretDialog';

type TokenStatus = 'active' | 'revoked' | 'expired';

export function tokenStatus(token: ApiToken, now = Date.now()): TokenStatus {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= now) return 'expired';
  return 'active';
}

const statusBadge: Record<TokenStatus, ReactNode> = {
  active: <Badge tone="green">Active</Badge>,
  revoked: <Badge tone="red">Revoked</Badge>,
  expired: <Badge tone="amber">Expired</Badge>,
};

export function ApiTokensPage() {
  const tokens = useApiTokens();
  const revoke = useRevokeApiToken();
  const { notify } = useToast();
  // The secret lives only here, only until the dialog closes.
  const [created, setCreated] = useState<Schema<'CreatedApiTokenDto'> | null>(null);
  const { target: revoking, ask: askRevoke, close: closeRevoke } = useConfirmTarget<ApiToken>(revoke);

  const confirmRevoke = () =>
    revoking &&
    revoke.mutate(revoking.id, {
      onSuccess: (token) => {
        notify(`Token “${token.name}” was revoked.`);
        closeRevoke();
      },
    });

  const columns: Column<ApiToken>[] = [
    { key: 'name', header: 'Name', rowHeader: true, cell: (t) => t.name },
    { key: 'prefix', header: 'Prefix', cell: (t) => <code className="font-mono text-xs">{t.prefix}…</code> },
    {
      key: 'scopes',
      header: 'Scopes',
      cell: (t) => (
        <span className="flex gap-1">
          {t.scopes.map((s) => (
            <Badge key={s} tone={s === 'write' ? 'amber' : 'blue'}>
              {s}
            </Badge>
          ))}
        </span>
      ),
    },
    { key: 'created', header: 'Created', cell: (t) => <DateTime value={t.createdAt} /> },
    { key: 'lastUsed', header: 'Last used', cell: (t) => <DateTime value={t.lastUsedAt} fallback="Never" /> },
    { key: 'expires', header: 'Expires', cell: (t) => <DateTime value={t.expiresAt} fallback="Never" /> },
    { key: 'status', header: 'Status', cell: (t) => statusBadge[tokenStatus(t)] },
    rowActionsColumn((t) => (t.revokedAt ? null : <RowAction label="Revoke" name={t.name} onClick={() => askRevoke(t)} />)),
  ];

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        level={2}
        title="API tokens"
        description="Tokens let other systems use the REST API. Each is scoped, can expire, and stops working the moment it is revoked."
      />
      <CreateTokenForm onCreated={setCreated} />
      {tokens.isError && <ProblemAlert error={tokens.error} />}
      <Table
        caption="API tokens"
        captionHidden
        columns={columns}
        rows={tokens.data}
        rowKey={(t) => t.id}
        loading={tokens.isPending}
        empty="No API tokens yet."
      />
      <TokenSecretDialog created={created} onClose={() => setCreated(null)} />
      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke token “${revoking?.name ?? ''}”?`}
        description="Integrations using it stop working at once. This cannot be undone."
        confirmLabel="Revoke token"
        pending={revoke.isPending}
        error={revoke.error}
        onConfirm={confirmRevoke}
        onCancel={closeRevoke}
      />
    </div>
  );
}
