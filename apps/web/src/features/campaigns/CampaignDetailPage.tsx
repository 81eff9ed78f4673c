import { useLocation, useParams } from 'react-router-dom';
import { isBusy, useCampaign, type Campaign } from '../../api/hooks/campaigns';
import { useCan } from '../../app/permissions';
import { Card } from '../../components/Card';
import { DetailPageShell } from '../../components/DetailPageShell';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { CampaignMetricsPanel } from '../dashboard/CampaignMetricsPanel';
import { CampaignCommandButtons, CampaignConfirmDialogs } from './CampaignCommands';
import { CampaignFairness } from './CampaignFairness';
import { CampaignStatusBadge } from './campaignStatus';
import { CampaignSummary } from './CampaignSummary';
import { CampaignTimeline } from './CampaignTimeline';
import { PublicationsTable } from './PublicationsTable';
import { TargetingPreviewList } from './PublicationPreviews';
import { useCampaignCommands } from './useCampaignCommands';
import { TextLink } from '../../components/TextLink';

/** /campaigns/:id — publications with status, external ids and errors; timeline; pause/resume/archive. */
export function CampaignDetailPage() {
  const { id = '' } = useParams();
  return (
    <DetailPageShell query={useCampaign(id)} back={{ to: '/campaigns', label: '← All campaigns' }} loadingLabel="Loading campaign…">
      {(campaign) => <CampaignDetail campaign={campaign} />}
    </DetailPageShell>
  );
}

function CampaignDetail({ campaign }: { campaign: Campaign }) {
  const can = useCan();
  const commands = useCampaignCommands(campaign);
  const { action, confirming } = commands;
  // Set by the wizard when the draft was saved but publishing it was refused.
  const publishError = (useLocation().state as { publishError?: string } | null)?.publishError;
  const busy = isBusy(campaign);

  return (
    <>
      <PageHeader
        title={campaign.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <CampaignStatusBadge status={campaign.displayStatus} startsAt={campaign.startsAt} />
            <span>
              Advertises{' '}
              <TextLink to={`/jobs/${campaign.job.id}`}>
                {campaign.job.title}
              </TextLink>
            </span>
          </span>
        }
        actions={can('mutate') && <CampaignCommandButtons campaign={campaign} commands={commands} />}
      />
      {action.isError && confirming === null && <ProblemAlert error={action.error} />}
      {publishError && !action.isSuccess && campaign.status === 'draft' && (
        <div role="alert" className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
          The draft was saved but not published: {publishError}
        </div>
      )}

      <CampaignFairness campaign={campaign} />

      <Card title="Publications" description={busy ? 'Updating… statuses refresh on their own.' : 'One per platform connection.'}>
        <PublicationsTable campaign={campaign} />
      </Card>

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <Card title="Timeline" className="lg:col-span-2">
          <CampaignTimeline campaignId={campaign.id} publications={campaign.publications} poll={busy} />
        </Card>
        <CampaignSummary campaign={campaign} />
      </div>

      <Card title="Targeting and what is sent" description="Per platform: the targeting, and the requests the adapter sends (employment-ad rules checked).">
        <TargetingPreviewList campaignId={campaign.id} />
      </Card>

      {campaign.publications.some((p) => p.publishedAt) && <CampaignMetricsPanel campaignId={campaign.id} startsAt={campaign.startsAt} />}

      <CampaignConfirmDialogs campaign={campaign} commands={commands} />
    </>
  );
}
