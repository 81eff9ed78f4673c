import { useMemo } from 'react';
import { useAuditActions, useAuditLog } from '../../api/hooks/auditLog';
import { useUrlFilters } from '../../app/useUrlFilters';
import { SelectField } from '../../components/FormField';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Table } from '../../components/Table';
import { auditColumns } from './auditColumns';

const readAction = (params: URLSearchParams) => ({ action: params.get('action') || undefined });

/** Settings → Audit log: newest first, filtered by an action the API lists; targets link to their pages. */
export function AuditLogPage() {
  const { query, reset } = useUrlFilters(readAction);
  const action = query.action ?? '';
  const actions = useAuditActions();
  const log = useAuditLog(action || undefined);
  const entries = useMemo(() => log.data?.pages.flatMap((p) => p.items), [log.data]);
  // The URL may name an action the log does not hold (yet): keep it selectable.
  const options = [...new Set([...(actions.data ?? []), ...(action ? [action] : [])])].sort();

  return (
    <div className="flex flex-col gap-6">
      <PageHeader level={2} title="Audit log" description="Sign-ins, account changes and token use, newest first." />
      <form role="search" aria-label="Filter the audit log" onSubmit={(e) => e.preventDefault()} className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <SelectField
          label="Action"
          name="action"
          value={action}
          onChange={(e) => reset(e.target.value ? { action: e.target.value } : {}, { history: 'push' })}
          options={[{ value: '', label: 'All actions' }, ...options.map((a) => ({ value: a, label: a }))]}
          className="sm:w-72"
        />
      </form>
      {(log.isError || actions.isError) && <ProblemAlert error={log.error ?? actions.error} />}
      <Table
        caption={action ? `Audit log entries for ${action}` : 'Audit log entries'}
        captionHidden
        columns={auditColumns}
        rows={entries}
        rowKey={(e) => e.id}
        loading={log.isPending}
        empty={action ? `No entries with action “${action}”.` : 'No entries yet.'}
        loadMore={{ hasMore: !!log.hasNextPage, loading: log.isFetchingNextPage, onLoadMore: () => log.fetchNextPage() }}
      />
    </div>
  );
}
