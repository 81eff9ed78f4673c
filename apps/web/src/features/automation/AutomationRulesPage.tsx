import { useState } from 'react';
import {
  useAutomationRules,
  useCampaignChoices,
  useDeleteAutomationRule,
  useUpdateAutomationRule,
  type AutomationRule,
} from '../../api/hooks/automationRules';
import { useReportingCurrency } from '../../api/hooks/performance';
import { useCan } from '../../app/permissions';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { cn, focusRing } from '../../components/cn';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateTime } from '../../components/DateTime';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Table, type Column } from '../../components/Table';
import { useToast } from '../../components/Toast';
import { NameLink } from '../dashboard/kpiColumns';
import { describeCondition, RULE_ACTIONS } from './ruleForm';
import { RuleFormDialog } from './RuleFormDialog';

type Editing = { mode: 'create' } | { mode: 'edit'; rule: AutomationRule } | null;

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

/** Automation rules: every role reads them; admins and recruiters create, edit, switch and delete. */
export function AutomationRulesPage() {
  const rules = useAutomationRules();
  const campaigns = useCampaignChoices();
  const { currency, error: currencyError } = useReportingCurrency();
  const update = useUpdateAutomationRule();
  const remove = useDeleteAutomationRule();
  const can = useCan();
  const canEdit = can('mutate');
  const { notify } = useToast();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<AutomationRule | null>(null);

  const campaignName = (id: string) => campaigns.data?.find((c) => c.id === id)?.name ?? 'A campaign';

  const toggle = (rule: AutomationRule, enabled: boolean) =>
    update.mutate(
      { id: rule.id, changes: { enabled } },
      {
        onSuccess: () => notify(`Rule “${rule.name}” ${enabled ? 'enabled' : 'disabled'}.`),
        onError: (error) => notify(error.detail, 'error'),
      },
    );

  const confirmDelete = () =>
    deleting &&
    remove.mutate(deleting.id, {
      onSuccess: () => {
        notify(`Rule “${deleting.name}” was deleted.`);
        setDeleting(null);
      },
    });

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
          <EnabledSwitch rule={r} pending={update.isPending && update.variables?.id === r.id} onToggle={(enabled) => toggle(r, enabled)} />
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
    ...(canEdit
      ? [
          {
            key: 'actions',
            header: <span className="sr-only">Actions</span>,
            className: 'text-right',
            cell: (r: AutomationRule) =>
              r.builtIn ? (
                <span className="text-xs text-slate-600">Can only be switched on or off</span>
              ) : (
                <span className="flex justify-end gap-2">
                  <Button
                    variant="secondary"
                    size="sm"
                    aria-label={`Edit ${r.name}`}
                    disabled={!currency}
                    onClick={() => setEditing({ mode: 'edit', rule: r })}
                  >
                    Edit
                  </Button>
                  <Button
                    variant="secondary"
                    size="sm"
                    aria-label={`Delete ${r.name}`}
                    onClick={() => {
                      remove.reset();
                      setDeleting(r);
                    }}
                  >
                    Delete
                  </Button>
                </span>
              ),
          },
        ]
      : []),
  ];

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Automation rules"
        description="Conditions on campaign performance, checked after every metrics sync: pause a campaign or just notify when, say, the cost per applicant gets too high."
        actions={
          canEdit && (
            <Button onClick={() => setEditing({ mode: 'create' })} disabled={!currency}>
              New rule
            </Button>
          )
        }
      />
      {currencyError && <ProblemAlert error={currencyError} />}
      {rules.isError && <ProblemAlert error={rules.error} />}
      <Table
        caption="Automation rules"
        captionHidden
        columns={columns}
        rows={rules.data}
        rowKey={(r) => r.id}
        loading={rules.isPending}
        empty="No automation rules yet."
      />
      {editing && currency && (
        <RuleFormDialog
          rule={editing.mode === 'edit' ? editing.rule : undefined}
          currency={currency}
          onClose={() => setEditing(null)}
          onSaved={(rule) => {
            notify(editing.mode === 'edit' ? `Rule “${rule.name}” was saved.` : `Rule “${rule.name}” was created.`);
            setEditing(null);
          }}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete rule “${deleting?.name ?? ''}”?`}
        description="It stops firing at once. Pauses it already made stay in the campaigns' timelines."
        confirmLabel="Delete rule"
        pending={remove.isPending}
        error={remove.error}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      />
    </div>
  );
}
