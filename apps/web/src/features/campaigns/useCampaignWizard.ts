import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useCampaignAction, useCampaignPreview, useCreateCampaign } from '../../api/hooks/campaigns';
import { useToast } from '../../components/Toast';
import {
  emptyCampaignForm,
  toCreateBody,
  toPreviewBody,
  validateStep,
  WIZARD_STEPS,
  type CampaignFormValues,
  type StepErrors,
} from './campaignForm';
import { useDebounced } from './WizardSteps';

/**
 * The campaign wizard's state: the values, the step, its errors, the live per-platform preview
 * (from the budget step on), and the final save as a draft or create-and-publish.
 */
export function useCampaignWizard() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { notify } = useToast();
  // ?segmentId= comes from a segment's "Create campaign for this segment": preselected.
  const [values, setValues] = useState<CampaignFormValues>(() => ({ ...emptyCampaignForm(params.get('jobId') ?? ''), segmentIds: params.getAll('segmentId') }));
  const [stepIndex, setStepIndex] = useState(0);
  const [errors, setErrors] = useState<StepErrors>({});
  const create = useCreateCampaign();
  const action = useCampaignAction();
  const step = WIZARD_STEPS[stepIndex];

  const set = <K extends keyof CampaignFormValues>(key: K, value: CampaignFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const debounced = useDebounced(values);
  const previewBody = useMemo(
    () => (stepIndex >= WIZARD_STEPS.indexOf('budget') ? toPreviewBody(debounced) : undefined),
    [debounced, stepIndex],
  );
  const preview = useCampaignPreview(previewBody);
  const previews = preview.data?.publications ?? [];
  const violations = previews.reduce((n, p) => n + p.violations.length, 0);

  const next = () => {
    const found = validateStep(step, values);
    setErrors(found);
    if (Object.keys(found).length === 0) setStepIndex((i) => Math.min(i + 1, WIZARD_STEPS.length - 1));
  };
  const back = () => {
    setErrors({});
    setStepIndex((i) => Math.max(i - 1, 0));
  };

  const submit = async (publish: boolean) => {
    const found = { ...validateStep('budget', values), ...validateStep('creative', values), ...validateStep('review', values) };
    setErrors(found);
    if (Object.keys(found).length) return;
    const campaign = await create.mutateAsync(toCreateBody(values)).catch(() => undefined);
    if (!campaign) return;
    if (!publish) {
      notify(`Draft “${campaign.name}” saved.`);
      navigate(`/campaigns/${campaign.id}`);
      return;
    }
    action.mutate(
      { id: campaign.id, action: 'publish' },
      {
        onSuccess: () => {
          notify('Publishing started: each platform is published in the background.');
          navigate(`/campaigns/${campaign.id}`);
        },
        // The draft exists; its page says why it could not be published.
        onError: (error) => navigate(`/campaigns/${campaign.id}`, { state: { publishError: error.detail } }),
      },
    );
  };

  return { values, set, step, stepIndex, errors, preview, previews, violations, next, back, submit, create, action };
}

export type CampaignWizardState = ReturnType<typeof useCampaignWizard>;
