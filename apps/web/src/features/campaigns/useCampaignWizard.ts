import { useCallback, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useCampaignAction, useCampaignPreview, useCreateCampaign, useUpdateCampaign, type Campaign } from '../../api/hooks/campaigns';
import { useToast } from '../../components/Toast';
import {
  campaignToForm,
  emptyCampaignForm,
  toCreateBody,
  toPreviewBody,
  validateStep,
  WIZARD_STEPS,
  type CampaignFormValues,
  type StepErrors,
} from './campaignForm';
import { useDebounced } from './WizardSteps';
import { useWizardPrefill } from './useWizardPrefill';
import { adTargets, untouchedPart, type Prefill } from './wizardPrefill';

/**
 * The campaign wizard's state: the values, the step, its errors, the live per-platform preview
 * (from the budget step on), and the final save as a draft or create-and-publish. With `editing`
 * (a saved draft) it starts from that draft, fills nothing in by itself and saves with PATCH.
 */
export function useCampaignWizard(editing?: Campaign) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { notify } = useToast();
  // ?segmentId= comes from a segment's "Create campaign for this segment": preselected.
  const [values, setValues] = useState<CampaignFormValues>(() =>
    editing ? campaignToForm(editing) : { ...emptyCampaignForm(params.get('jobId') ?? ''), segmentIds: params.getAll('segmentId') },
  );
  const [stepIndex, setStepIndex] = useState(0);
  const [errors, setErrors] = useState<StepErrors>({});
  const create = useCreateCampaign();
  const update = useUpdateCampaign();
  const action = useCampaignAction();
  const step = WIZARD_STEPS[stepIndex];

  // Fields the user edited: filling from the job never overwrites them (segments picked on a segment's page count as edited).
  const touched = useRef(new Set<keyof CampaignFormValues>(params.getAll('segmentId').length ? ['segmentIds'] : []));
  const set = <K extends keyof CampaignFormValues>(key: K, value: CampaignFormValues[K]) => {
    touched.current.add(key);
    setValues((v) => ({ ...v, [key]: value }));
  };
  const apply = useCallback((prefill: Prefill) => setValues((v) => ({ ...v, ...untouchedPart(prefill, touched.current) })), []);
  const { job, connections } = useWizardPrefill(values.jobId, apply, !editing);
  const targets = useMemo(() => adTargets(connections ?? [], values.connectionIds), [connections, values.connectionIds]);
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
    const body = toCreateBody(values);
    const saved = editing ? update.mutateAsync({ id: editing.id, body }) : create.mutateAsync(body);
    const campaign = await saved.catch(() => undefined);
    if (!campaign) return;
    if (!publish) {
      notify(editing ? `“${campaign.name}” saved.` : `Draft “${campaign.name}” saved.`);
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

  // One "save" state for the footer and the error alert, whether it creates or updates.
  const save = editing ? update : create;
  return { values, set, step, stepIndex, errors, preview, previews, violations, next, back, submit, create: save, action, job, targets, editing: !!editing };
}

export type CampaignWizardState = ReturnType<typeof useCampaignWizard>;
