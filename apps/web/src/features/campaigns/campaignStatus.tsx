import { Badge, type BadgeTone } from '../../components/Badge';
import type { Campaign, CampaignStatus, Publication, PublicationStatus } from '../../api/hooks/campaigns';
import { formatStartTime } from '../../components/startTime';

type CampaignDisplayStatus = Campaign['displayStatus'];

export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, string> = {
  draft: 'Draft', publishing: 'Publishing', active: 'Active', paused: 'Paused', failed: 'Failed', completed: 'Completed', archived: 'Archived',
};

export const PUBLICATION_STATUS_LABELS: Record<PublicationStatus, string> = {
  draft: 'Draft', queued: 'Queued', publishing: 'Publishing', active: 'Active', paused: 'Paused', completed: 'Completed', archived: 'Archived', failed: 'Failed',
};

/** What the API says the campaign is doing now (`displayStatus`): "Scheduled" while its start is ahead, "Ended" past its end. */
export const DISPLAY_STATUS_LABELS: Record<CampaignDisplayStatus, string> = { ...CAMPAIGN_STATUS_LABELS, scheduled: 'Scheduled', ended: 'Ended' };

const TONES: Record<PublicationStatus | CampaignDisplayStatus, BadgeTone> = {
  draft: 'neutral', queued: 'blue', publishing: 'blue', scheduled: 'blue', active: 'green', ended: 'indigo', paused: 'amber', completed: 'indigo', archived: 'neutral', failed: 'red',
};

/** The campaign's state in words: "Scheduled (starts 09:00)" when given the start of a scheduled campaign. */
export function CampaignStatusBadge({ status, startsAt }: { status: CampaignDisplayStatus; startsAt?: string }) {
  const label = status === 'scheduled' && startsAt ? `Scheduled (starts ${formatStartTime(startsAt)})` : DISPLAY_STATUS_LABELS[status];
  return <Badge tone={TONES[status]}>{label}</Badge>;
}

const PENDING: Record<Publication['targetStatus'], string> = { active: 'resuming', paused: 'pausing', archived: 'archiving' };

/** The publication's status, plus what it is on its way to while a pause/resume/archive is pending. */
export function PublicationStatusBadge({ publication }: { publication: Pick<Publication, 'status' | 'targetStatus'> }) {
  const { status, targetStatus } = publication;
  const pending = (status === 'active' || status === 'paused' || status === 'publishing' || status === 'queued') && status !== targetStatus && !(targetStatus === 'active' && (status === 'queued' || status === 'publishing'));
  return (
    <span className="inline-flex items-center gap-1">
      <Badge tone={TONES[status]}>{PUBLICATION_STATUS_LABELS[status]}</Badge>
      {pending && <span className="text-xs text-slate-600">→ {PENDING[targetStatus]}</span>}
    </span>
  );
}

/** "Meta · Clinic account"; simulated connections always carry a "Simulated" badge. */
export function PlatformName({ publication }: { publication: Pick<Publication, 'platformLabel' | 'connectionName' | 'isSandbox'> }) {
  const { platformLabel, connectionName, isSandbox } = publication;
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <span className="font-medium text-slate-900">{platformLabel}</span>
      {connectionName !== platformLabel && <span className="text-slate-600">· {connectionName}</span>}
      {isSandbox && <Badge tone="amber">Simulated</Badge>}
    </span>
  );
}
