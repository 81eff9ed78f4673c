import { useRef, useState, type FormEvent } from 'react';
import { useCampaignChoices, useCreateAutomationRule, useUpdateAutomationRule, type AutomationRule } from '../../api/hooks/automationRules';
import { emptyRuleForm, formToRule, ruleToForm, type RuleFormErrors, type RuleFormValues } from './ruleForm';

export const FIELDS_IN_ORDER = ['name', 'threshold', 'windowDays', 'minImpressions'] as const;

/** State and submit of the rule form: local validation first (focus on the first bad field), then create or update. */
export function useRuleForm(rule: AutomationRule | undefined, currency: string, onSaved: (rule: AutomationRule) => void) {
  const [values, setValues] = useState<RuleFormValues>(() => (rule ? ruleToForm(rule, currency) : emptyRuleForm()));
  const [errors, setErrors] = useState<RuleFormErrors>({});
  const create = useCreateAutomationRule();
  const update = useUpdateAutomationRule();
  const mutation = rule ? update : create;
  const refs = {
    name: useRef<HTMLInputElement>(null),
    threshold: useRef<HTMLInputElement>(null),
    windowDays: useRef<HTMLInputElement>(null),
    minImpressions: useRef<HTMLInputElement>(null),
  };

  const set = <K extends keyof RuleFormValues>(key: K, value: RuleFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

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
  return { values, set, refs, submit, pending: mutation.isPending, apiError, fieldError, scopeOptions: useScopeOptions(rule) };
}

export type RuleForm = ReturnType<typeof useRuleForm>;

/**
 * The campaigns a rule can apply to. The API cannot widen a rule's scope back to every campaign (an
 * omitted campaignId means "unchanged"), so a rule for one campaign does not offer "All campaigns".
 */
function useScopeOptions(rule: AutomationRule | undefined) {
  const campaigns = useCampaignChoices();
  const locked = Boolean(rule?.campaignId);
  const options = [
    ...(locked ? [] : [{ value: '', label: 'All campaigns' }]),
    ...(campaigns.data ?? []).map((c) => ({ value: c.id, label: c.name })),
    // Keep the current campaign selectable even if it is not among the first page of campaigns.
    ...(rule?.campaignId && !campaigns.data?.some((c) => c.id === rule.campaignId) ? [{ value: rule.campaignId, label: 'Current campaign' }] : []),
  ];
  return { options, locked };
}
