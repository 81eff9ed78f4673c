import type { Segment } from '../../api/hooks/segments';
import { formatLift, formatLocations, formatSalary, formatShare, formatYears } from './segmentFormat';

/** The statistics behind a segment's sentence (lift, interquartile ranges, distance), for analysts, folded by default. */
export function SegmentAnalystDetails({ segment }: { segment: Segment }) {
  const { profile } = segment;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium text-slate-700">Analyst details</summary>
      <div className="mt-2 flex flex-col gap-2">
        {profile.topSkills.length ? (
          <ul className="flex flex-wrap gap-1.5" aria-label={`Top skills of ${segment.name} by lift`}>
            {profile.topSkills.map((s) => (
              <li key={s.skill} className="rounded-md bg-slate-100 px-2 py-0.5 text-xs text-slate-800" title={`${formatShare(s.share)} of the segment vs ${formatShare(s.overallShare)} overall`}>
                {s.skill} <span className="font-semibold text-indigo-700">{formatLift(s.lift)}</span>
                <span className="sr-only"> lift</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-600">No skill stands out.</p>
        )}
        <dl className="grid grid-cols-[auto_1fr] gap-x-2 gap-y-1">
          <dt className="text-slate-600">Experience</dt>
          <dd>{formatYears(profile.experience)}</dd>
          <dt className="text-slate-600">Salary</dt>
          <dd>{formatSalary(profile.salary)}</dd>
          <dt className="text-slate-600">Locations</dt>
          <dd>{formatLocations(profile)}</dd>
          <dt className="text-slate-600">Distance</dt>
          <dd>
            median {profile.distance.median?.toFixed(2) ?? '—'}, 90th percentile {profile.distance.p90?.toFixed(2) ?? '—'}
          </dd>
        </dl>
      </div>
    </details>
  );
}
