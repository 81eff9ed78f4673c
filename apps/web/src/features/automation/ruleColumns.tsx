import type { AutomationRule } from '../../api/hooks/automationRules';
import { Badge } from '../../components/Badge';
import { cn, focusRing } from '../../components/cn';
import { DateTime } from '../../components/DateTime';
import { RowAction, rowActionsColumn } from '../../components/RowActions';
import type { Column } from '../../components/Table';
import { NameLink } from '../dashboard/kpiColumns';
import { describeCondition, RULE_ACTIONS } from './ruleForm';

function EnabledSwitch({ rule, onToggle, pending }: { rule: AutomationRule; onToggle: (enabled: boolean) => void; pending: boolean }) {
  return (
    <label className="inline-flex cursor-pointer items-center gap-2 text-sm">
      <input
        type="checkbox"
        role="switch"
        aria-label={`Enabled: ${rule.name}`}
        checked={rule.enabled}
        disabled={pending}
        onChange={(e) => onToggle(e.target.checked)}
        className={cn('size-4 accent-indigo-600', focusRing)}
      />
      <span aria-hidden="true">{rule.enabled ? 'On' : 'Off'}</span>
    </label>
  );
}

export interface RuleColumnsOptions {
  campaignName: (id: string) => string;
  /** Unknown until the reporting currency has loaded: conditions and editing wait for it. */
  currency: string | undefined;
  /** Editors get a switch and Edit/Delete; viewers a status badge. */
  canEdit: boolean;
  togglePending: (rule: AutomationRule) => boolean;
  onToggle: (rule: AutomationRule, enabled: boolean) => void;
  onEdit: (rule: AutomationRule) => void;
  onDelete: (rule: AutomationRule) => void;
}

/** The rules table: name, scope, condition, action, status, last firing, and actions for editors. */
export function ruleColumns({ campaignName, currency, canEdit, togglePending, onToggle, onEdit, onDelete }: RuleColumnsOptions): Column<AutomationRule>[] {
  const columns: Column<AutomationRule>[] = [
    {
      key: 'name',
      header: 'Rule',
      rowHeader: true,
      cell: (r) => (
        <span className="flex items-center gap-2">
          {r.name}
          {r.builtIn && <Badge tone="indigo">Built-in</Badge>}
        </span>
      ),
    },
    {
      key: 'scope',
      header: 'Applies to',
      cell: (r) => (r.campaignId ? <NameLink to={`/campaigns/${r.campaignId}`}>{campaignName(r.campaignId)}</NameLink> : 'All campaigns'),
    },
    { key: 'condition', header: 'When', className: 'min-w-64', cell: (r) => (currency ? describeCondition(r, currency) : '…') },
    { key: 'action', header: 'Then', cell: (r) => <Badge tone={r.action === 'pause' ? 'amber' : 'blue'}>{RULE_ACTIONS[r.action]}</Badge> },
    {
      key: 'enabled',
      header: 'Status',
      cell: (r) =>
        canEdit ? (
          <EnabledSwitch rule={r} pending={togglePending(r)} onToggle={(enabled) => onToggle(r, enabled)} />
        ) : (
          <Badge tone={r.enabled ? 'green' : 'neutral'}>{r.enabled ? 'Enabled' : 'Disabled'}</Badge>
        ),
    },
    {
      key: 'fired',
      header: 'Last fired',
      cell: (r) => (
        <span className="flex flex-col">
          <DateTime value={r.lastFiredAt} fallback="Never" />
          {r.firings > 0 && <span className="text-xs text-slate-600">{r.firings === 1 ? 'Once' : `${r.firings} times`} in total</span>}
        </span>
      ),
    },
  ];
  if (!canEdit) return columns;
  return [
    ...columns,
    rowActionsColumn((r) =>
      r.builtIn ? (
        <span className="text-xs text-slate-600">Can only be switched on or off</span>
      ) : (
        <>
          <RowAction label="Edit" name={r.name} disabled={!currency} onClick={() => onEdit(r)} />
          <RowAction label="Delete" name={r.name} onClick={() => onDelete(r)} />
        </>
      ),
    ),
  ];
}
