/** Test-only builders for applications API answers (shapes from the contract). */
import type { ApplicationDetail, Pipeline, Stage } from '../../api/hooks/applications';

export const APPLICATION_ID = '70000000-0000-4000-8000-000000000001';
export const JOB_ID = '10000000-0000-4000-8000-000000000001';

const NEXT: Record<Stage, Stage[]> = {
  applied: ['screening', 'interview', 'offer', 'hired', 'rejected', 'withdrawn'],
  screening: ['interview', 'offer', 'hired', 'rejected', 'withdrawn'],
  interview: ['offer', 'hired', 'rejected', 'withdrawn'],
  offer: ['hired', 'rejected', 'withdrawn'],
  hired: [],
  rejected: [],
  withdrawn: [],
};

export function applicationFixture(over: Partial<ApplicationDetail> = {}): ApplicationDetail {
  const stage = over.stage ?? 'applied';
  return {
    id: APPLICATION_ID, publicationId: null, campaignId: '20000000-0000-4000-8000-000000000001', campaignName: 'Nurses Austin',
    jobId: JOB_ID, jobTitle: 'Registered nurse', candidateId: null, platform: 'sandbox', trackingCode: 'abcdef123', candidateEmail: 'ana@example.com',
    source: 'greenhouse', externalId: 'gh-1', stage, stageAt: '2026-11-20T10:00:00.000Z',
    reachedAt: { screening: null, interview: null, offer: null, hired: null, rejected: null, withdrawn: null },
    allowedStages: NEXT[stage], notes: null, createdAt: '2026-11-20T10:00:00.000Z', updatedAt: '2026-11-20T10:00:00.000Z',
    timeline: [{ stage: 'applied', at: '2026-11-20T10:00:00.000Z', source: 'created', actor: 'greenhouse', note: null }],
    ...over,
  };
}

export function pipelineFixture(current: Partial<Record<Stage, number>>, reached: Partial<Record<Stage, number>> = {}): Pipeline {
  const stages = (Object.keys(NEXT) as Stage[]).map((stage) => ({ stage, current: current[stage] ?? 0, reached: reached[stage] ?? current[stage] ?? 0 }));
  return { total: stages.reduce((n, s) => n + s.current, 0), stages };
}
