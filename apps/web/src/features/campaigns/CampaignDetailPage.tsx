import { useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { useCan } from '../../app/permissions';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { formatCount, formatMoney } from '../../components/charts/format';
import { cn, focusRing } from '../../components/cn';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateTime } from '../../components/DateTime';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LoadingBlock } from '../../components/Spinner';
import { useToast } from '../../components/Toast';
import { CampaignMetricsPanel } from '../dashboard/CampaignMetricsPanel';
import { CTA_LABELS } from './campaignForm';
import { CampaignStatusBadge } from './campaignStatus';
import { isBusy, useCampaign, useCampaignAction, useDeleteCampaign, type Campaign, type CampaignAction } from './campaignsApi';
import { CampaignTimeline } from './CampaignTimeline';
import { PublicationsTable } from './PublicationsTable';
import { TargetingPreviewList } from './PublicationPreviews';

/** /campaigns/:id — publications with status, external ids and errors; timeline; pause/resume/archive. */
export function CampaignDetailPage() {
  const { id = '' } = useParams();
  const campaign = useCampaign(id);
  if (campaign.isError)
    return (
      <div className="flex flex-col gap-4">
        <BackLink />
        <ProblemAlert error={campaign.error} />
      </div>
    );
  if (!campaign.data) return <LoadingBlock label="Loading campaign…" />;
  return <CampaignDetail campaign={campaign.data} />;
}

function BackLink() {
  return (
    <Link to="/campaigns" className={cn('text-sm text-indigo-700 hover:underline', focusRing)}>
      ← All campaigns
    </Link>
  );
}

/** Which actions make sense now (the API answers 409 for the others anyway). */
export function availableActions(c: Pick<Campaign, 'publications'>): Record<CampaignAction | 'delete', boolean> {
  const pubs = c.publications;
  return {
    publish: pubs.some((p) => p.status === 'draft' || p.status === 'failed'),
    pause: pubs.some((p) => ['active', 'queued', 'publishing'].includes(p.status) && p.targetStatus === 'active'),
    resume: pubs.some((p) => (p.status === 'paused' || p.status === 'queued' || p.status === 'publishing') && p.targetStatus === 'paused'),
    archive: pubs.some((p) => !['draft', 'archived'].includes(p.status) && p.targetStatus !== 'archived'),
    delete: pubs.every((p) => p.status === 'draft'),
  };
}

const DONE: Record<CampaignAction, string> = {
  publish: 'Publishing started: each platform is published in the background.',
  pause: 'Pausing: the platforms are being updated.',
  resume: 'Resuming: the platforms are being updated.',
  archive: 'Archiving: the platforms are being updated.',
};

function CampaignDetail({ campaign }: { campaign: Campaign }) {
  const can = useCan();
  const navigate = useNavigate();
  const { notify } = useToast();
  const action = useCampaignAction();
  const remove = useDeleteCampaign();
  const [confirming, setConfirming] = useState<'archive' | 'delete' | null>(null);
  // Set by the wizard when the draft was saved but publishing it was refused.
  const publishError = (useLocation().state as { publishError?: string } | null)?.publishError;
  const available = availableActions(campaign);
  const busy = isBusy(campaign);
  const run = (name: CampaignAction) =>
    action.mutate({ id: campaign.id, action: name }, { onSuccess: () => { notify(DONE[name]); setConfirming(null); } });

  return (
    <div className="flex flex-col gap-6">
      <BackLink />
      <PageHeader
        title={campaign.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <CampaignStatusBadge status={campaign.status} />
            <span>
              Advertises{' '}
              <Link to={`/jobs/${campaign.job.id}`} className={cn('text-indigo-700 hover:underline', focusRing)}>
                {campaign.job.title}
              </Link>
            </span>
          </span>
        }
        actions={
          can('mutate') && (
            <>
              {available.publish && (
                <Button onClick={() => run('publish')} loading={action.isPending && action.variables?.action === 'publish'}>
                  {campaign.publications.some((p) => p.status === 'failed') ? 'Publish again' : 'Publish'}
                </Button>
              )}
              {available.pause && (
                <Button variant="secondary" onClick={() => run('pause')} loading={action.isPending && action.variables?.action === 'pause'}>
                  Pause
                </Button>
              )}
              {available.resume && (
                <Button variant="secondary" onClick={() => run('resume')} loading={action.isPending && action.variables?.action === 'resume'}>
                  Resume
                </Button>
              )}
              {available.archive && (
                <Button variant="ghost" onClick={() => { action.reset(); setConfirming('archive'); }}>
                  Archive
                </Button>
              )}
              {available.delete && (
                <Button variant="ghost" onClick={() => { remove.reset(); setConfirming('delete'); }}>
                  Delete draft
                </Button>
              )}
            </>
          )
        }
      />
      {action.isError && confirming === null && <ProblemAlert error={action.error} />}
      {publishError && !action.isSuccess && campaign.status === 'draft' && (
        <div role="alert" className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
          The draft was saved but not published: {publishError}
        </div>
      )}

      <Card title="Publications" description={busy ? 'Updating… statuses refresh on their own.' : 'One per platform connection.'}>
        <PublicationsTable publications={campaign.publications} />
      </Card>

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <Card title="Timeline" className="lg:col-span-2">
          <CampaignTimeline campaignId={campaign.id} publications={campaign.publications} poll={busy} />
        </Card>
        <Card title="Campaign">
          <dl className="flex flex-col gap-3 text-sm">
            <Item label="Objective">{campaign.objective === 'leads' ? 'Leads' : 'Traffic to the application page'}</Item>
            <Item label="Budget">
              {formatMoney(campaign.dailyBudgetMinor, campaign.currency)} per day
              {campaign.totalBudgetMinor !== null && ` · at most ${formatMoney(campaign.totalBudgetMinor, campaign.currency)} in total`}
            </Item>
            <Item label="Schedule">
              <DateTime value={campaign.startsAt} /> – <DateTime value={campaign.endsAt} fallback="no end date" />
            </Item>
            <Item label="Audience">{formatCount(Math.max(0, ...campaign.publications.map((p) => p.audienceSize)))} candidates in {campaign.segmentIds.length} segment(s)</Item>
            <Item label="Creative">
              <span className="block font-medium">{campaign.creative.headline}</span>
              <span className="block">{campaign.creative.primaryText}</span>
              {campaign.creative.description && <span className="block text-slate-600">{campaign.creative.description}</span>}
              <span className="block text-slate-600">Button: {CTA_LABELS[campaign.creative.callToAction]}</span>
            </Item>
          </dl>
        </Card>
      </div>

      <Card title="Targeting and what is sent" description="Per platform: the targeting, and the requests the adapter sends (employment-ad rules checked).">
        <TargetingPreviewList campaignId={campaign.id} />
      </Card>

      {campaign.publications.some((p) => p.publishedAt) && <CampaignMetricsPanel campaignId={campaign.id} />}

      <ConfirmDialog
        open={confirming === 'archive'}
        title={`Archive “${campaign.name}”?`}
        description="Its ads stop for good on every platform (archiving cannot be undone there)."
        confirmLabel="Archive campaign"
        pending={action.isPending}
        error={action.error}
        onCancel={() => setConfirming(null)}
        onConfirm={() => run('archive')}
      />
      <ConfirmDialog
        open={confirming === 'delete'}
        title={`Delete “${campaign.name}”?`}
        description="The draft is deleted for good. Nothing was published."
        confirmLabel="Delete draft"
        pending={remove.isPending}
        error={remove.error}
        onCancel={() => setConfirming(null)}
        onConfirm={() =>
          remove.mutate(campaign.id, {
            onSuccess: () => {
              notify(`“${campaign.name}” was deleted.`);
              navigate('/campaigns');
            },
          })
        }
      />
    </div>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-slate-600">{label}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}
