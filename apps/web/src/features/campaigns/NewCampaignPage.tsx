import type { Campaign } from '../../api/hooks/campaigns';
import { ForbiddenPage } from '../../app/ErrorPages';
import { useCan } from '../../app/permissions';
import { BackLink } from '../../components/DetailPageShell';
import { Card } from '../../components/Card';
import { PageHeader } from '../../components/PageHeader';
import { STEP_LABELS } from './campaignForm';
import { ReviewStep } from './ReviewStep';
import { useCampaignWizard } from './useCampaignWizard';
import { CreativeStep, WizardFooter, WizardStepper } from './WizardLayout';
import { BudgetStep, JobStep, PlatformsStep, SegmentsStep } from './WizardSteps';

/**
 * /campaigns/new?jobId= — job → suggested segments → platforms → budget and schedule → creative with
 * per-platform live previews and compliance warnings → review (targeting editable per platform).
 */
export function NewCampaignPage() {
  const can = useCan();
  if (!can('mutate')) return <ForbiddenPage />;
  return <CampaignWizard />;
}

/** The wizard for a new campaign, or for editing a saved draft (`editing`). */
export function CampaignWizard({ editing }: { editing?: Campaign } = {}) {
  const wizard = useCampaignWizard(editing);
  const { step, values, set, errors } = wizard;
  const stepProps = { values, set, errors };
  return (
    <div className="flex flex-col gap-6">
      <BackLink to={editing ? `/campaigns/${editing.id}` : '/campaigns'} label={editing ? `← ${editing.name}` : '← All campaigns'} />
      <PageHeader
        title={editing ? 'Edit draft campaign' : 'New campaign'}
        description="Advertise a job to the candidate segments that fit it, on one or more platforms."
      />
      <WizardStepper stepIndex={wizard.stepIndex} />
      <Card title={STEP_LABELS[step]}>
        <div className="flex flex-col gap-6">
          {step === 'job' && <JobStep {...stepProps} />}
          {step === 'segments' && <SegmentsStep {...stepProps} />}
          {step === 'platforms' && <PlatformsStep {...stepProps} />}
          {step === 'budget' && <BudgetStep {...stepProps} />}
          {step === 'creative' && <CreativeStep wizard={wizard} />}
          {step === 'review' && <ReviewStep wizard={wizard} />}
          {Object.keys(errors).length > 0 && step !== 'review' && (
            <p role="alert" className="text-sm text-red-700">
              Check the highlighted fields.
            </p>
          )}
        </div>
      </Card>
      <WizardFooter wizard={wizard} />
    </div>
  );
}
