import { Link } from 'react-router-dom';
import { Button } from '../../components/Button';
import { cn, focusRing } from '../../components/cn';
import { segmentColor } from './segmentColors';
import { LinkButton } from '../../components/LinkButton';
import { FairnessFlagBadges } from './FairnessFlags';
import { SegmentAnalystDetails } from './SegmentAnalystDetails';
import { formatCount, formatShare } from './segmentFormat';
import type { Segment } from '../../api/hooks/segments';

/** One segment as a recruiter reads it: who they are in one sentence, typical positions; the statistics folded away. */
export function SegmentCard({ segment, onRename, canCreateCampaign = false }: { segment: Segment; onRename?: () => void; canCreateCampaign?: boolean }) {
  const headingId = `segment-${segment.id}`;
  return (
    <article aria-labelledby={headingId} className="flex flex-col gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <div className="flex items-start justify-between gap-2">
        <div className="flex min-w-0 items-start gap-2">
          <span aria-hidden="true" className="mt-1.5 size-3 shrink-0 rounded-full" style={{ backgroundColor: segmentColor(segment.index) }} />
          <div className="min-w-0">
            <h3 id={headingId} className="text-base font-semibold text-slate-900">
              <Link to={`/segments/${segment.id}`} className={cn('hover:underline', focusRing)}>
                {segment.name}
              </Link>
            </h3>
            <p className="text-sm text-slate-600">
              {formatCount(segment.size)} candidates · {formatShare(segment.share)}
            </p>
          </div>
        </div>
        {onRename && (
          <Button variant="secondary" size="sm" aria-label={`Rename ${segment.name}`} onClick={onRename}>
            Rename
          </Button>
        )}
      </div>
      <FairnessFlagBadges flags={segment.fairness?.flags ?? []} />
      <p className="text-sm text-slate-800">{segment.summary}</p>
      {segment.typicalPositions.length > 0 && (
        <p className="text-sm text-slate-700">
          <span className="text-slate-600">Typical desired positions: </span>
          {segment.typicalPositions.map((p) => p.position).join(', ')}
        </p>
      )}
      {/* The generated description is statistics; only a person's own words belong up here. */}
      {segment.editedAt && segment.description && <p className="text-sm text-slate-600">{segment.description}</p>}
      <SegmentAnalystDetails segment={segment} />
      {canCreateCampaign && (
        <LinkButton to={`/campaigns/new?segmentId=${encodeURIComponent(segment.id)}`} className="self-start">
          Create campaign for this segment
        </LinkButton>
      )}
    </article>
  );
}
