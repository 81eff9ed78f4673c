import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useUpdateCampaign, type Campaign, type UpdateCampaign } from '../../api/hooks/campaigns';
import { useToast } from '../../components/Toast';
import { campaignToForm, toCreateBody, validateStep, type CampaignFormValues, type StepErrors } from './campaignForm';

/** The fields a published campaign can still change, as the API takes them. */
export function liveEditBody(values: CampaignFormValues): UpdateCampaign {
  const body = toCreateBody(values);
  return { dailyBudgetMinor: body.dailyBudgetMinor, totalBudgetMinor: body.totalBudgetMinor, ...(body.endsAt ? { endsAt: body.endsAt } : {}), creative: body.creative };
}

/** Checks of the live form: budget and schedule rules, the ad text, and an end that may move but not disappear. */
export function validateLiveEdit(values: CampaignFormValues, hadEnd: boolean): StepErrors {
  const errors = { ...validateStep('budget', values), ...validateStep('creative', values) };
  if (hadEnd && !values.endsAt) errors.endsAt = 'A published campaign’s end can be moved, not removed.';
  if (values.endsAt && new Date(values.endsAt) <= new Date()) errors.endsAt = 'The end must be in the future.';
  return errors;
}

/** State and save of the live campaign edit form; saving sends one PATCH and returns to the campaign page. */
export function useLiveCampaignEdit(campaign: Campaign) {
  const [values, setValues] = useState(() => campaignToForm(campaign));
  const [errors, setErrors] = useState<StepErrors>({});
  const update = useUpdateCampaign();
  const navigate = useNavigate();
  const { notify } = useToast();
  const set = <K extends keyof CampaignFormValues>(key: K, value: CampaignFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const save = async () => {
    const found = validateLiveEdit(values, !!campaign.endsAt);
    setErrors(found);
    if (Object.keys(found).length) return;
    const saved = await update.mutateAsync({ id: campaign.id, body: liveEditBody(values) }).catch(() => undefined);
    if (!saved) return;
    notify('Changes saved: each live platform is being updated in the background (see the timeline).');
    navigate(`/campaigns/${campaign.id}`);
  };

  return { values, set, errors, save, update };
}
