import { useCampaignAction, type Campaign } from '../../../api/hooks/campaigns';
import { cn, focusRing } from '../../../components/cn';
import { useToast } from '../../../components/Toast';
import { availableActions } from '../useCampaignCommands';

/**
 * The inline on/off switch of a row: on = live (resume), off = paused (pause), through the same
 * campaign actions as the detail page. Disabled when neither applies (drafts, archived, ended).
 */
export function StatusSwitch({ campaign, disabled }: { campaign: Campaign; disabled?: boolean }) {
  const action = useCampaignAction();
  const { notify } = useToast();
  const can = availableActions(campaign);
  const on = can.pause || (!can.resume && campaign.status === 'active');
  const usable = !disabled && (can.pause || can.resume) && !action.isPending;
  const flip = () =>
    action.mutate(
      { id: campaign.id, action: on ? 'pause' : 'resume' },
      {
        onSuccess: () => notify(on ? `Pausing “${campaign.name}”.` : `Resuming “${campaign.name}”.`),
        onError: (error) => notify(`“${campaign.name}”: ${error.message}`, 'error'),
      },
    );
  return (
    <button
      type="button"
      role="switch"
      aria-checked={on}
      aria-label={`Running: ${campaign.name}`}
      disabled={!usable}
      onClick={flip}
      className={cn(
        'relative inline-flex h-5 w-9 shrink-0 items-center rounded-full transition-colors disabled:cursor-not-allowed disabled:opacity-40',
        on ? 'bg-green-600' : 'bg-slate-300',
        focusRing,
      )}
    >
      <span aria-hidden="true" className={cn('inline-block size-4 rounded-full bg-white shadow transition-transform', on ? 'translate-x-4' : 'translate-x-0.5')} />
    </button>
  );
}
