import type { Campaign } from '../../api/hooks/campaigns';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { LinkButton } from '../../components/LinkButton';
import type { CampaignCommands } from './useCampaignCommands';

/** The header buttons: only the actions that make sense for the campaign's publications now. */
export function CampaignCommandButtons({ campaign, commands }: { campaign: Campaign; commands: CampaignCommands }) {
  const { action, available, run, confirm } = commands;
  const pending = (name: string) => action.isPending && action.variables?.action === name;
  return (
    <>
      {available.publish && (
        <Button onClick={() => run('publish')} loading={pending('publish')}>
          {campaign.publications.some((p) => p.status === 'failed') ? 'Publish again' : 'Publish'}
        </Button>
      )}
      {available.pause && (
        <Button variant="secondary" onClick={() => run('pause')} loading={pending('pause')}>
          Pause
        </Button>
      )}
      {available.resume && (
        <Button variant="secondary" onClick={() => run('resume')} loading={pending('resume')}>
          Resume
        </Button>
      )}
      {available.edit && <LinkButton to={`/campaigns/${campaign.id}/edit`}>Edit</LinkButton>}
      {available.archive && (
        <Button variant="ghost" onClick={() => confirm('archive')}>
          Archive
        </Button>
      )}
      {available.delete && (
        <Button variant="ghost" onClick={() => confirm('delete')}>
          Delete draft
        </Button>
      )}
    </>
  );
}

/** Archiving stops the ads for good and deleting drops the draft: both ask first. */
export function CampaignConfirmDialogs({ campaign, commands }: { campaign: Campaign; commands: CampaignCommands }) {
  const { action, remove, confirming, run, cancel, deleteDraft } = commands;
  return (
    <>
      <ConfirmDialog
        open={confirming === 'archive'}
        title={`Archive “${campaign.name}”?`}
        description="Its ads stop for good on every platform (archiving cannot be undone there)."
        confirmLabel="Archive campaign"
        pending={action.isPending}
        error={action.error}
        onCancel={cancel}
        onConfirm={() => run('archive')}
      />
      <ConfirmDialog
        open={confirming === 'delete'}
        title={`Delete “${campaign.name}”?`}
        description="The draft is deleted for good. Nothing was published."
        confirmLabel="Delete draft"
        pending={remove.isPending}
        error={remove.error}
        onCancel={cancel}
        onConfirm={deleteDraft}
      />
    </>
  );
}
