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
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Table } from '../../components/Table';
import { useToast } from '../../components/Toast';
import { useConfirmTarget } from '../../components/useConfirmTarget';
import { ruleColumns } from './ruleColumns';
import { RuleFormDialog } from './RuleFormDialog';

type Editing = { mode: 'create' } | { mode: 'edit'; rule: AutomationRule } | null;

/** Automation rules: every role reads them; admins and recruiters create, edit, switch and delete. */
export function AutomationRulesPage() {
  const rules = useAutomationRules();
  const campaigns = useCampaignChoices();
  const { currency, error: currencyError } = useReportingCurrency();
  const update = useUpdateAutomationRule();
  const remove = useDeleteAutomationRule();
  const canEdit = useCan()('mutate');
  const { notify } = useToast();
  const [editing, setEditing] = useState<Editing>(null);
  const deleting = useConfirmTarget<AutomationRule>(remove);

  const toggle = (rule: AutomationRule, enabled: boolean) =>
    update.mutate(
      { id: rule.id, changes: { enabled } },
      {
        onSuccess: () => notify(`Rule “${rule.name}” ${enabled ? 'enabled' : 'disabled'}.`),
        onError: (error) => notify(error.detail, 'error'),
      },
    );

  const confirmDelete = (rule: AutomationRule) =>
    remove.mutate(rule.id, {
      onSuccess: () => {
        notify(`Rule “${rule.name}” was deleted.`);
        deleting.close();
      },
    });

  const columns = ruleColumns({
    campaignName: (id) => campaigns.data?.find((c) => c.id === id)?.name ?? 'A campaign',
    currency,
    canEdit,
    togglePending: (rule) => update.isPending && update.variables?.id === rule.id,
    onToggle: toggle,
    onEdit: (rule) => setEditing({ mode: 'edit', rule }),
    onDelete: deleting.ask,
  });

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
      <Table caption="Automation rules" captionHidden columns={columns} rows={rules.data} rowKey={(r) => r.id} loading={rules.isPending} empty="No automation rules yet." />
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
        open={deleting.target !== null}
        title={`Delete rule “${deleting.target?.name ?? ''}”?`}
        description="It stops firing at once. Pauses it already made stay in the campaigns' timelines."
        confirmLabel="Delete rule"
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() => deleting.target && confirmDelete(deleting.target)}
        onCancel={deleting.close}
      />
    </div>
  );
}
