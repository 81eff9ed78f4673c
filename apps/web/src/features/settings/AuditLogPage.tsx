import { useMemo, useState, type FormEvent } from 'react';
import { useAuditLog, type AuditEntry } from '../../api/hooks/auditLog';
import { useUrlFilters } from '../../app/useUrlFilters';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { DateTime } from '../../components/DateTime';
import { TextField } from '../../components/FormField';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Table, type Column } from '../../components/Table';

/** Actions the API records today; the filter accepts any action name, these are suggestions. */
const KNOWN_ACTIONS = ['auth.login', 'auth.login_failed', 'auth.logout', 'user.created', 'user.updated', 'user.role_changed', 'user.deactivated', 'user.reactivated', 'api_token.created', 'api_token.revoked'];

const columns: Column<AuditEntry>[] = [
  { key: 'at', header: 'Time', cell: (e) => <DateTime value={e.at} /> },
  {
    key: 'actor',
    header: 'Actor',
    cell: (e) => (
      <span className="flex flex-col gap-0.5">
        <span>{e.actorLabel ?? e.actorId ?? '—'}</span>
        <span className="text-xs text-slate-500">{e.actorType}</span>
      </span>
    ),
  },
  { key: 'action', header: 'Action', rowHeader: true, cell: (e) => <Badge tone={e.action.includes('failed') ? 'red' : 'neutral'}>{e.action}</Badge> },
  {
    key: 'target',
    header: 'Target',
    cell: (e) =>
      e.targetType ? (
        <span className="flex flex-col gap-0.5">
          <span>{e.targetType}</span>
          {e.targetId && (
            <code className="text-xs text-slate-500" title={e.targetId}>
              {e.targetId.slice(0, 8)}
            </code>
          )}
        </span>
      ) : (
        <span className="text-slate-500">—</span>
      ),
  },
  { key: 'ip', header: 'IP', cell: (e) => <span className="font-mono text-xs whitespace-nowrap">{e.ip ?? '—'}</span> },
  { key: 'details', header: 'Details', cell: (e) => <Details details={e.details} /> },
];

function Details({ details }: { details: AuditEntry['details'] }) {
  const keys = Object.keys(details ?? {});
  if (keys.length === 0) return <span className="text-slate-500">—</span>;
  const summary = keys
    .slice(0, 3)
    .map((k) => `${k}: ${typeof details[k] === 'object' ? '…' : String(details[k])}`)
    .join(', ');
  return (
    <details className="max-w-xs">
      <summary className="cursor-pointer truncate text-slate-700">{summary}</summary>
      <pre className="mt-2 max-h-60 overflow-auto rounded bg-slate-50 p-2 text-xs whitespace-pre-wrap">{JSON.stringify(details, null, 2)}</pre>
    </details>
  );
}

const readAction = (params: URLSearchParams) => ({ action: params.get('action') || undefined });

export function AuditLogPage() {
  const { query, reset } = useUrlFilters(readAction);
  const action = query.action ?? '';
  const [draft, setDraft] = useState(action);
  const log = useAuditLog(action || undefined);
  const entries = useMemo(() => log.data?.pages.flatMap((p) => p.items), [log.data]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    reset({ action: draft }, { history: 'push' });
  };
  const clear = () => {
    setDraft('');
    reset({}, { history: 'push' });
  };

  return (
    <div className="flex flex-col gap-6">
      <PageHeader level={2} title="Audit log" description="Sign-ins, account changes and token use, newest first." />
      <form role="search" aria-label="Filter the audit log" onSubmit={apply} className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <TextField label="Action" name="action" list="audit-actions" placeholder="e.g. user.created" description="Exact action name." value={draft} onChange={(e) => setDraft(e.target.value)} className="sm:w-72" />
        <datalist id="audit-actions">
          {KNOWN_ACTIONS.map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
        <div className="flex gap-2 sm:mb-5">
          <Button type="submit">Filter</Button>
          {action && (
            <Button variant="secondary" onClick={clear}>
              Clear filter
            </Button>
          )}
        </div>
      </form>
      {log.isError && <ProblemAlert error={log.error} />}
      <Table
        caption={action ? `Audit log entries for ${action}` : 'Audit log entries'}
        captionHidden
        columns={columns}
        rows={entries}
        rowKey={(e) => e.id}
        loading={log.isPending}
        empty={action ? `No entries with action “${action}”.` : 'No entries yet.'}
        loadMore={{ hasMore: !!log.hasNextPage, loading: log.isFetchingNextPage, onLoadMore: () => log.fetchNextPage() }}
      />
    </div>
  );
}
