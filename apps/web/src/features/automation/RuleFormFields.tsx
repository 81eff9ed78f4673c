import { CheckboxGroup, SelectField, TextField } from '../../components/FormField';
import { NAME_MAX, RULE_ACTIONS, RULE_METRICS, RULE_OPERATORS, thresholdUnit, WINDOW_MAX, WINDOW_MIN, WINDOWLESS_METRICS, type RuleFormValues } from './ruleForm';
import type { RuleForm } from './useRuleForm';

const options = <K extends string>(record: Record<K, string | { label: string }>) =>
  (Object.entries(record) as [K, string | { label: string }][]).map(([value, v]) => ({
    value,
    label: typeof v === 'string' ? v : v.label,
  }));

/** The fields of the rule form: what it watches (scope, metric, condition, window) and what it does. */
export function RuleFormFields({ form, currency }: { form: RuleForm; currency: string }) {
  const { values, set, refs, fieldError, apiError, scopeOptions } = form;
  const unit = thresholdUnit(values.metric, currency);
  const percent = RULE_METRICS[values.metric].unit === 'percent';
  return (
    <>
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
        options={scopeOptions.options}
        description={scopeOptions.locked ? 'A rule for one campaign cannot be widened to all campaigns; create a new rule instead.' : undefined}
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
          WINDOWLESS_METRICS.has(values.metric) ? 'Not used: this metric looks at the campaign\'s whole life.' : `The last ${WINDOW_MIN}–${WINDOW_MAX} days are added up.`
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
    </>
  );
}
