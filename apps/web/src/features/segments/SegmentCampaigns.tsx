import { useCampaigns } from '../../api/hooks/campaigns';
import { useCan } from '../../app/permissions';
import { Card } from '../../components/Card';
import { LinkButton } from '../../components/LinkButton';
import { TextLink } from '../../components/TextLink';
import { CampaignStatusBadge } from '../campaigns/campaignStatus';

/** The campaigns that target a segment, and a way to start one for it. */
export function SegmentCampaigns({ segmentId, segmentName }: { segmentId: string; segmentName: string }) {
  const campaigns = useCampaigns({ segmentId });
  const can = useCan();
  const items = campaigns.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Card title="Campaigns for this segment">
      {campaigns.isLoading ? (
        <p className="text-sm text-slate-600">Loading campaigns…</p>
      ) : items.length === 0 ? (
        <p className="text-sm text-slate-600">No campaign targets {segmentName} yet.</p>
      ) : (
        <ul className="flex flex-col gap-2 text-sm" aria-label={`Campaigns targeting ${segmentName}`}>
          {items.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center gap-2">
              <TextLink to={`/campaigns/${c.id}`}>{c.name}</TextLink>
              <CampaignStatusBadge status={c.displayStatus} startsAt={c.startsAt} />
              <span className="text-slate-600">for {c.job.title}</span>
            </li>
          ))}
        </ul>
      )}
      {can('mutate') && (
        <LinkButton to={`/campaigns/new?segmentId=${encodeURIComponent(segmentId)}`} className="mt-3 inline-flex">
          Create campaign for this segment
        </LinkButton>
      )}
    </Card>
  );
}
