import { ProblemAlert } from '../../components/ProblemAlert';
import { useCan } from '../../app/permissions';
import { AdPreviews } from './AdPreviews';
import { FairnessReview } from './FairnessReview';
import type { TargetingText } from './campaignForm';
import { PlatformReview } from './PlatformReview';
import { ReviewSummary } from './ReviewSummary';
import type { CampaignWizardState } from './useCampaignWizard';
import { StillMissing } from './WizardLayout';

/**
 * The last step shows everything that will be published: the summary, the ad mock-ups, and per
 * platform the targeting it receives (editable), its audience estimate and its compliance checks.
 */
export function ReviewStep({ wizard }: { wizard: CampaignWizardState }) {
  const { values, set, errors, preview, previews, targets, job, create, action } = wizard;
  const isAdmin = useCan()('admin');
  const setTargeting = (connectionId: string, text: TargetingText | undefined) => {
    const targeting = { ...values.targeting };
    if (text) targeting[connectionId] = text;
    else delete targeting[connectionId];
    set('targeting', targeting);
  };
  return (
    <div className="flex flex-col gap-6">
      <ReviewSummary wizard={wizard} />
      <section aria-labelledby="review-ads" className="flex flex-col gap-2">
        <h4 id="review-ads" className="text-sm font-semibold text-slate-900">The ads</h4>
        <AdPreviews creative={values} targets={targets} previews={previews} withChecks={false} company={job?.company ?? 'Your company'} landingUrl={job?.applicationUrl ?? null} />
      </section>
      <section aria-labelledby="review-platforms" className="flex flex-col gap-4">
        <h4 id="review-platforms" className="text-sm font-semibold text-slate-900">Targeting and checks per platform</h4>
        {preview.isError && <ProblemAlert error={preview.error} />}
        {previews.map((p) => (
          <PlatformReview
            key={p.connectionId}
            preview={p}
            value={values.targeting[p.connectionId]}
            error={errors[`targeting.${p.connectionId}`]}
            onChange={(text) => setTargeting(p.connectionId, text)}
          />
        ))}
      </section>
      <FairnessReview
        warnings={preview.data?.fairnessWarnings ?? []}
        canOverride={isAdmin}
        reason={values.fairnessOverrideReason}
        onReason={(reason) => set('fairnessOverrideReason', reason)}
      />
      <StillMissing warnings={preview.data?.warnings ?? []} />
      {(create.isError || action.isError) && <ProblemAlert error={create.error ?? action.error} />}
    </div>
  );
}
