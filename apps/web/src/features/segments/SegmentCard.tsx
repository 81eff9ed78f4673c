import { Link } from 'react-router-dom';
import { Button } from '../../components/Button';
import { cn, focusRing } from '../../components/cn';
import { segmentColor } from './segmentColors';
import { formatCount, formatLift, formatLocations, formatSalary, formatShare, formatYears } from './segmentFormat';
import type { Segment } from '../../api/hooks/segments';

/** One segment as a marketer reads it: size, what sets it apart (skills by lift), ranges, where. */
export function SegmentCard({ segment, onRename }: { segment: Segment; onRename?: () => void }) {
  const { profile } = segment;
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
      {segment.description && <p className="text-sm text-slate-700">{segment.description}</p>}
      <div>
        <h4 className="text-xs font-semibold tracking-wide text-slate-600 uppercase">Top skills</h4>
        {profile.topSkills.length ? (
          <ul className="mt-1 flex flex-wrap gap-1.5" aria-label={`Top skills of ${segment.name}`}>
            {profile.topSkills.map((s) => (
              <li key={s.skill} className="rounded-md bg-slate-100 px-2 py-0.5 text-xs text-slate-800" title={`${formatShare(s.share)} of the segment vs ${formatShare(s.overallShare)} overall`}>
                {s.skill} <span className="font-semibold text-indigo-700">{formatLift(s.lift)}</span>
                <span className="sr-only"> lift</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-sm text-slate-600">No skill stands out.</p>
        )}
      </div>
      <dl className="grid grid-cols-1 gap-1 text-sm">
        <div className="flex gap-2">
          <dt className="w-24 shrink-0 text-slate-600">Experience</dt>
          <dd className="text-slate-900">{formatYears(profile.experience)}</dd>
        </div>
        <div className="flex gap-2">
          <dt className="w-24 shrink-0 text-slate-600">Salary</dt>
          <dd className="text-slate-900">{formatSalary(profile.salary)}</dd>
        </div>
        <div className="flex gap-2">
          <dt className="w-24 shrink-0 text-slate-600">Locations</dt>
          <dd className="text-slate-900">{formatLocations(profile)}</dd>
        </div>
      </dl>
    </article>
  );
}
