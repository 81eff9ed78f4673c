import { allowedNextStages, isStage, reachedStages, supersedes } from './application-stages';

const at = (iso: string) => new Date(iso);

describe('application stages', () => {
  it('lets a recruiter move forward (skipping allowed) or out, and never out of a final stage', () => {
    expect(allowedNextStages('applied')).toEqual(['screening', 'interview', 'offer', 'hired', 'rejected', 'withdrawn']);
    expect(allowedNextStages('interview')).toEqual(['offer', 'hired', 'rejected', 'withdrawn']);
    expect(allowedNextStages('offer')).toEqual(['hired', 'rejected', 'withdrawn']);
    expect(allowedNextStages('hired')).toEqual([]);
    expect(allowedNextStages('rejected')).toEqual([]);
    expect(allowedNextStages('withdrawn')).toEqual([]);
  });

  it('lets the newest event win whatever the arrival order', () => {
    const interview = { stage: 'interview' as const, at: at('2026-11-10T10:00:00Z') };
    const screening = { stage: 'screening' as const, at: at('2026-11-05T10:00:00Z') };
    expect(supersedes(screening, interview)).toBe(false);
    expect(supersedes(interview, screening)).toBe(true);
    // A newer event wins even if it moves backwards (the ATS corrected itself).
    expect(supersedes({ stage: 'screening', at: at('2026-11-11T00:00:00Z') }, interview)).toBe(true);
  });

  it('lets any event replace the stage an application was recorded with, however old the event', () => {
    expect(supersedes({ stage: 'screening', at: at('2001-01-01T00:00:00Z') }, null)).toBe(true);
  });

  it('breaks a tie at the same instant by funnel order, exits last, independent of arrival order', () => {
    const same = at('2026-11-10T10:00:00Z');
    expect(supersedes({ stage: 'offer', at: same }, { stage: 'interview', at: same })).toBe(true);
    expect(supersedes({ stage: 'interview', at: same }, { stage: 'offer', at: same })).toBe(false);
    expect(supersedes({ stage: 'rejected', at: same }, { stage: 'offer', at: same })).toBe(true);
    expect(supersedes({ stage: 'offer', at: same }, { stage: 'rejected', at: same })).toBe(false);
    expect(supersedes({ stage: 'offer', at: same }, { stage: 'offer', at: same })).toBe(false);
  });

  it('marks skipped funnel stages as reached, exits only themselves', () => {
    expect(reachedStages('applied')).toEqual([]);
    expect(reachedStages('screening')).toEqual(['screening']);
    expect(reachedStages('offer')).toEqual(['screening', 'interview', 'offer']);
    expect(reachedStages('hired')).toEqual(['screening', 'interview', 'offer', 'hired']);
    expect(reachedStages('rejected')).toEqual(['rejected']);
    expect(reachedStages('withdrawn')).toEqual(['withdrawn']);
  });

  it('recognises stage names only', () => {
    expect(isStage('interview')).toBe(true);
    expect(isStage('Interview')).toBe(false);
    expect(isStage(3)).toBe(false);
  });
});
