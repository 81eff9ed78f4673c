import { useParams } from 'react-router-dom';
import { Badge } from '../../components/Badge';
import { Card } from '../../components/Card';
import { PageHeader } from '../../components/PageHeader';
import { DetailPageShell } from '../../components/DetailPageShell';
import { Fact } from '../../components/Fact';
import { Table, type Column } from '../../components/Table';
import { SegmentPerformanceTable } from '../dashboard/SegmentPerformanceTable';
import { countryName, formatCount, formatLift, formatLocations, formatSalary, formatShare, formatYears } from './segmentFormat';
import { useSegment, useSegmentCandidates, type Segment, type SegmentCandidate, type SegmentProfile } from '../../api/hooks/segments';
import { TextLink } from '../../components/TextLink';
import { SegmentCampaigns } from './SegmentCampaigns';
import { SegmentFairness } from './SegmentFairness';

function Mix({ title, values }: { title: string; values: Record<string, number> }) {
  const entries = Object.entries(values).filter(([, share]) => share > 0).sort((a, b) => b[1] - a[1]);
  return (
    <div>
      <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
      <ul className="mt-1 text-sm text-slate-700">
        {entries.map(([key, share]) => (
          <li key={key}>
            {key.replace(/_/g, ' ')}: {formatShare(share)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function ProfileDetails({ profile }: { profile: SegmentProfile }) {
  return (
    <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
      <Table
        caption="Top skills by lift"
        columns={[
          { key: 'skill', header: 'Skill', rowHeader: true, cell: (s) => s.skill },
          { key: 'share', header: 'In segment', className: 'text-right tabular-nums', cell: (s) => formatShare(s.share) },
          { key: 'overall', header: 'Overall', className: 'text-right tabular-nums', cell: (s) => formatShare(s.overallShare) },
          { key: 'lift', header: 'Lift', className: 'text-right tabular-nums', cell: (s) => formatLift(s.lift) },
        ]}
        rows={profile.topSkills}
        rowKey={(s) => s.skill}
        empty="No skill stands out."
      />
      <Card title="Profile">
        <dl className="grid grid-cols-1 gap-2 text-sm">
          <Fact label="Experience">{formatYears(profile.experience)}</Fact>
          <Fact label="Desired salary">{formatSalary(profile.salary)}</Fact>
          <Fact label="Countries">{formatLocations(profile)}</Fact>
          <Fact label="Regions">
            {profile.topRegions.map((r) => `${r.region}${r.countryCode ? ` (${r.countryCode})` : ''} ${formatShare(r.share)}`).join(', ') || 'Unknown'}
          </Fact>
        </dl>
        <div className="mt-4 grid grid-cols-2 gap-4">
          <Mix title="Job seeking" values={profile.seekingStatus} />
          <Mix title="Employment type" values={profile.employmentType} />
        </div>
      </Card>
    </div>
  );
}

const memberColumns: Column<SegmentCandidate>[] = [
  {
    key: 'name',
    header: 'Candidate',
    rowHeader: true,
    cell: (c) => (
      <TextLink to={`/candidates/${c.id}`}>
        {c.fullName}
      </TextLink>
    ),
  },
  { key: 'position', header: 'Desired position', cell: (c) => c.desiredPosition ?? '—' },
  { key: 'location', header: 'Location', cell: (c) => [c.city, c.region, c.countryCode ? countryName(c.countryCode) : null].filter(Boolean).join(', ') || '—' },
  { key: 'experience', header: 'Experience', className: 'text-right tabular-nums', cell: (c) => (c.yearsExperience === null ? '—' : `${c.yearsExperience} y`) },
  { key: 'skills', header: 'Skills', cell: (c) => c.skills.slice(0, 5).join(', ') },
  { key: 'distance', header: 'Distance', className: 'text-right tabular-nums', cell: (c) => c.distance.toFixed(2) },
];

/** One segment: its profile in full and its candidates, most typical first. */
export function SegmentDetailPage() {
  const { segmentId = '' } = useParams();
  return (
    <DetailPageShell query={useSegment(segmentId)} back={{ to: '/segments', label: 'Segments', breadcrumb: true }} loadingLabel="Loading the segment…">
      {(segment) => <SegmentDetail segment={segment} />}
    </DetailPageShell>
  );
}

function SegmentDetail({ segment: s }: { segment: Segment }) {
  const members = useSegmentCandidates(s.id);
  return (
    <>
      <PageHeader
        title={s.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            {formatCount(s.size)} candidates · {formatShare(s.share)} of the pool
            {!s.active && <Badge tone="amber">Not the current segmentation</Badge>}
          </span>
        }
      />
      <p className="max-w-3xl text-sm text-slate-800">{s.summary}</p>
      {s.typicalPositions.length > 0 && (
        <p className="text-sm text-slate-700">Typical desired positions: {s.typicalPositions.map((p) => p.position).join(', ')}</p>
      )}
      {s.editedAt && s.description && <p className="max-w-3xl text-sm text-slate-600">{s.description}</p>}
      <SegmentCampaigns segmentId={s.id} segmentName={s.name} />
      <SegmentFairness fairness={s.fairness} />
      <details className="flex flex-col gap-4">
        <summary className="cursor-pointer text-sm font-medium text-slate-700">Analyst details: skills by lift, ranges, mixes</summary>
        <div className="mt-3">
          <ProfileDetails profile={s.profile} />
        </div>
      </details>
      <Table
        caption={`Candidates in ${s.name}`}
        columns={memberColumns}
        rows={members.data?.pages.flatMap((p) => p.items)}
        rowKey={(c) => c.id}
        loading={members.isLoading}
        empty="No candidates in this segment."
        loadMore={{ hasMore: !!members.hasNextPage, loading: members.isFetchingNextPage, onLoadMore: () => void members.fetchNextPage() }}
      />
      <SegmentPerformanceTable segmentId={s.id} />
    </>
  );
}
