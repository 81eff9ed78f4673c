import { formatMoney } from '../../components/charts/format';
import { ProblemAlert } from '../../components/ProblemAlert';
import { toCreateBody, type TargetingText } from './campaignForm';
import { Violations } from './PublicationPreviews';
import { TargetingEditor } from './TargetingEditor';
import type { CampaignWizardState } from './useCampaignWizard';
import { AudienceBadge } from './WizardSteps';

/** The last step: a summary, and per platform the targeting (editable) with its compliance problems. */
export function ReviewStep({ wizard }: { wizard: CampaignWizardState }) {
  const { values, set, errors, preview, previews, create, action } = wizard;
  const body = toCreateBody(values);
  const setTargeting = (connectionId: string, text: TargetingText | undefined) => {
    const targeting = { ...values.targeting };
    if (text) targeting[connectionId] = text;
    else delete targeting[connectionId];
    set('targeting', targeting);
  };
  return (
    <div className="flex flex-col gap-4">
      <dl className="grid grid-cols-1 gap-2 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="text-slate-600">Name</dt>
        <dd>{values.name}</dd>
        <dt className="text-slate-600">Budget</dt>
        <dd>
          {formatMoney(body.dailyBudgetMinor, values.currency)} per day
          {values.totalBudget.trim() && ` · cap ${formatMoney(body.totalBudgetMinor ?? 0, values.currency)}`}
        </dd>
        <dt className="text-slate-600">Audience</dt>
        <dd>
          <AudienceBadge size={preview.data?.audienceSize} />
        </dd>
      </dl>
      {preview.isError && <ProblemAlert error={preview.error} />}
      {previews.map((p) => (
        <div key={p.connectionId} className="flex flex-col gap-2">
          <TargetingEditor
            preview={p}
            value={values.targeting[p.connectionId]}
            error={errors[`targeting.${p.connectionId}`]}
            onChange={(text) => setTargeting(p.connectionId, text)}
          />
          <Violations preview={p} />
        </div>
      ))}
      {(create.isError || action.isError) && <ProblemAlert error={create.error ?? action.error} />}
    </div>
  );
}
