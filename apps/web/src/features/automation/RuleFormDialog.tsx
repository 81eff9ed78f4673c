import { useId, useRef, useState, type FormEvent } from 'react';
import { useCampaignChoices, useCreateAutomationRule, useUpdateAutomationRule, type AutomationRule } from '../../api/hooks/automationRules';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { CheckboxGroup, SelectField, TextField } from '../../components/FormField';
import { ProblemAlert } from '../../components/ProblemAlert';
import {
  emptyRuleForm,
  formToRule,
  NAME_MAX,
  RULE_ACTIONS,
  RULE_METRICS,
  RULE_OPERATORS,
  ruleToForm,
  thresholdUnit,
  WINDOW_MAX,
  WINDOW_MIN,
  type RuleFormErrors,
  type RuleFormValues,
} from './ruleForm';

interface RuleFormDialogProps {
  /** The rule being edited; none to create one. */
  rule?: AutomationRule;
  currency: string;
  onClose: () => void;
  onSaved: (rule: AutomationRule) => void;
}

const options = <K extends string>(record: Record<K, string | { label: string }>) =>
  (Object.entries(record) as [K, string | { label: string }][]).map(([value, v]) => ({
    value,
    label: typeof v === 'string' ? v : v.label,
  }));

const FIELDS_IN_ORDER = ['name', 'threshold', 'windowDays', 'minImpressions'] as const;

/** Create or edit a custom automation rule (built-in rules are only switched on and off, in the list). */
export function RuleFormDialog({ rule, currency, onClose, onSaved }: RuleFormDialogProps) {
  const [values, setValues] = useState<RuleFormValues>(() => (rule ? ruleToForm(rule, currency) : emptyRuleForm()));
  const [errors, setErrors] = useState<RuleFormErrors>({});
  const create = useCreateAutomationRule();
  const update = useUpdateAutomationRule();
  const mutation = rule ? update : create;
  const campaigns = useCampaignChoices();
  const formId = useId();
  const refs = {
    name: useRef<HTMLInputElement>(null),
    threshold: useRef<HTMLInputElement>(null),
    windowDays: useRef<HTMLInputElement>(null),
    minImpressions: useRef<HTMLInputElement>(null),
  };

  const set = <K extends keyof RuleFormValues>(key: K, value: RuleFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const unit = thresholdUnit(values.metric, currency);
  const percent = RULE_METRICS[values.metric].unit === 'percent';
  // The API cannot widen a rule's scope back to every campaign (an omitted campaignId means "unchanged").
  const scopeLocked = Boolean(rule?.campaignId);
  const scopeOptions = [
    ...(scopeLocked ? [] : [{ value: '', label: 'All campaigns' }]),
    ...(campaigns.data ?? []).map((c) => ({ value: c.id, label: c.name })),
    // Keep the current campaign selectable even if it is not among the first page of campaigns.
    ...(rule?.campaignId && !campaigns.data?.some((c) => c.id === rule.campaignId)
      ? [{ value: rule.campaignId, label: 'Current campaign' }]
      : []),
  ];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = formToRule(values, currency);
    if (result.errors) {
      setErrors(result.errors);
      const first = FIELDS_IN_ORDER.find((f) => result.errors[f]);
      if (first) refs[first].current?.focus();
      return;
    }
    setErrors({});
    const handlers = { onSuccess: onSaved };
    if (rule) update.mutate({ id: rule.id, changes: result.body }, handlers);
    else create.mutate(result.body, handlers);
  };

  const apiError = mutation.error;
  const fieldError = (field: keyof RuleFormErrors) => errors[field] ?? apiError?.fieldError(field);

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
          <Button type="submit" form={formId} loading={mutation.isPending}>
            {rule ? 'Save rule' : 'Create rule'}
          </Button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={submit} className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        {apiError && <ProblemAlert className="sm:col-span-2" error={apiError} inlineFields={[...FIELDS_IN_ORDER, 'campaignId']} />}
        <TextField
          ref={refs.name}
          className="sm:col-span-2"
          label="Name"
          name="name"
          required
          maxLength={NAME_MAX}
          value={values.name}
          onChange={(e) => set('name', e.target.value)}
          error={fieldError('name')}
        />
        <SelectField
          className="sm:col-span-2"
          label="Applies to"
          name="campaignId"
          value={values.campaignId}
          onChange={(e) => set('campaignId', e.target.value)}
          options={scopeOptions}
          description={scopeLocked ? 'A rule for one campaign cannot be widened to all campaigns; create a new rule instead.' : undefined}
          error={apiError?.fieldError('campaignId')}
        />
        <SelectField
          label="Metric"
          name="metric"
          value={values.metric}
          onChange={(e) => set('metric', e.target.value as RuleFormValues['metric'])}
          options={options(RULE_METRICS)}
        />
        <SelectField
          label="Condition"
          name="operator"
          value={values.operator}
          onChange={(e) => set('operator', e.target.value as RuleFormValues['operator'])}
          options={options(RULE_OPERATORS)}
        />
        <TextField
          ref={refs.threshold}
          label={`Threshold (${unit})`}
          name="threshold"
          inputMode="decimal"
          autoComplete="off"
          required
          value={values.threshold}
          onChange={(e) => set('threshold', e.target.value)}
          description={percent ? 'A percentage: 1.5 means 1.5 %.' : `An amount in ${currency}, like 50 or 12.50.`}
          error={fieldError('threshold')}
        />
        <TextField
          ref={refs.windowDays}
          label="Window (days)"
          name="windowDays"
          inputMode="numeric"
          required
          value={values.windowDays}
          onChange={(e) => set('windowDays', e.target.value)}
          description={
            values.metric === 'budget_used_share'
              ? 'Not used: the budget share counts lifetime spend.'
              : `The last ${WINDOW_MIN}–${WINDOW_MAX} days are added up.`
          }
          error={fieldError('windowDays')}
        />
        <TextField
          ref={refs.minImpressions}
          label="Minimum impressions"
          name="minImpressions"
          inputMode="numeric"
          value={values.minImpressions}
          onChange={(e) => set('minImpressions', e.target.value)}
          description="Wait for this much delivery before judging."
          error={fieldError('minImpressions')}
        />
        <SelectField
          label="Action"
          name="action"
          value={values.action}
          onChange={(e) => set('action', e.target.value as RuleFormValues['action'])}
          options={options(RULE_ACTIONS)}
        />
        <div className="sm:col-span-2">
          <CheckboxGroup
            legend="Status"
            options={[{ value: 'enabled', label: 'Enabled', description: 'Disabled rules are kept but never fire.' }]}
            value={values.enabled ? ['enabled'] : []}
            onChange={(v) => set('enabled', v.includes('enabled'))}
          />
        </div>
      </form>
    </Dialog>
  );
}
