import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useCampaignAction, useDeleteCampaign, type Campaign, type CampaignAction } from '../../api/hooks/campaigns';
import { useToast } from '../../components/Toast';

/** Which actions make sense now (the API answers 409 for the others anyway). */
export function availableActions(c: Pick<Campaign, 'publications'>): Record<CampaignAction | 'delete' | 'edit', boolean> {
  const pubs = c.publications;
  return {
    publish: pubs.some((p) => p.status === 'draft' || p.status === 'failed'),
    pause: pubs.some((p) => ['active', 'queued', 'publishing'].includes(p.status) && p.targetStatus === 'active'),
    resume: pubs.some((p) => (p.status === 'paused' || p.status === 'queued' || p.status === 'publishing') && p.targetStatus === 'paused'),
    archive: pubs.some((p) => !['draft', 'archived'].includes(p.status) && p.targetStatus !== 'archived'),
    delete: pubs.every((p) => p.status === 'draft'),
    // Drafts fully; published ones (budget, end, text) once nothing is on its way to a platform.
    edit: pubs.every((p) => p.status === 'draft') || (pubs.some((p) => p.status === 'active' || p.status === 'paused') && !pubs.some((p) => p.status === 'queued' || p.status === 'publishing')),
  };
}

const DONE: Record<CampaignAction, string> = {
  publish: 'Publishing started: each platform is published in the background.',
  pause: 'Pausing: the platforms are being updated.',
  resume: 'Resuming: the platforms are being updated.',
  archive: 'Archiving: the platforms are being updated.',
};

export type Confirming = 'archive' | 'delete' | null;

/** The campaign page's commands: publish/pause/resume/archive through the queue, delete of a draft, and which one awaits confirmation. */
export function useCampaignCommands(campaign: Campaign) {
  const navigate = useNavigate();
  const { notify } = useToast();
  const action = useCampaignAction();
  const remove = useDeleteCampaign();
  const [confirming, setConfirming] = useState<Confirming>(null);

  const run = (name: CampaignAction) =>
    action.mutate(
      { id: campaign.id, action: name },
      {
        onSuccess: () => {
          notify(DONE[name]);
          setConfirming(null);
        },
      },
    );
  const confirm = (what: 'archive' | 'delete') => {
    (what === 'archive' ? action : remove).reset();
    setConfirming(what);
  };
  const deleteDraft = () =>
    remove.mutate(campaign.id, {
      onSuccess: () => {
        notify(`“${campaign.name}” was deleted.`);
        navigate('/campaigns');
      },
    });

  return {
    action,
    remove,
    confirming,
    available: availableActions(campaign),
    run,
    confirm,
    cancel: () => setConfirming(null),
    deleteDraft,
  };
}

export type CampaignCommands = ReturnType<typeof useCampaignCommands>;
