import { useId } from 'react';
import type { AutomationRule } from '../../api/hooks/automationRules';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RuleFormFields } from './RuleFormFields';
import { FIELDS_IN_ORDER, useRuleForm } from './useRuleForm';

interface RuleFormDialogProps {
  /** The rule being edited; none to create one. */
  rule?: AutomationRule;
  currency: string;
  onClose: () => void;
  onSaved: (rule: AutomationRule) => void;
}

/** Create or edit a custom automation rule (built-in rules are only switched on and off, in the list). */
export function RuleFormDialog({ rule, currency, onClose, onSaved }: RuleFormDialogProps) {
  const form = useRuleForm(rule, currency, onSaved);
  const formId = useId();
  return (
    <Dialog
      open
      title={rule ? `Edit rule “${rule.name}”` : 'New automation rule'}
      description="Checked after every metrics sync, for each campaign it applies to. A rule fires at most once a day per campaign."
      onClose={onClose}
      className="max-w-2xl"
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" form={formId} loading={form.pending}>
            {rule ? 'Save rule' : 'Create rule'}
          </Button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={form.submit} className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        {form.apiError && <ProblemAlert className="sm:col-span-2" error={form.apiError} inlineFields={[...FIELDS_IN_ORDER, 'campaignId']} />}
        <RuleFormFields form={form} currency={currency} />
      </form>
    </Dialog>
  );
}
