import { allowedTransitions, canTransition, isAdvertisable, isDeletable, isFinal, JOB_STATUSES, JobStatus } from './job-status';

const LEGAL: Array<[JobStatus, JobStatus]> = [
  ['draft', 'open'],
  ['open', 'paused'], ['open', 'closed'], ['open', 'filled'],
  ['paused', 'open'], ['paused', 'closed'], ['paused', 'filled'],
];

describe('job status transition table', () => {
  const allPairs = JOB_STATUSES.flatMap((from) => JOB_STATUSES.map((to) => [from, to] as [JobStatus, JobStatus]));

  it.each(LEGAL)('%s → %s is allowed', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  it('allows nothing else (every other pair of the 6×6 table, including staying put)', () => {
    const illegal = allPairs.filter(([from, to]) => !LEGAL.some(([f, t]) => f === from && t === to));
    expect(illegal).toHaveLength(36 - LEGAL.length);
    for (const [from, to] of illegal) expect([from, to, canTransition(from, to)]).toEqual([from, to, false]);
  });

  it('never reaches draft or archived through a transition', () => {
    for (const from of JOB_STATUSES) {
      expect(allowedTransitions(from)).not.toContain('draft');
      expect(allowedTransitions(from)).not.toContain('archived');
    }
  });

  it('closed, filled and archived are terminal', () => {
    for (const status of ['closed', 'filled', 'archived'] as const) {
      expect(allowedTransitions(status)).toEqual([]);
      expect(isFinal(status)).toBe(true);
    }
    for (const status of ['draft', 'open', 'paused'] as const) expect(isFinal(status)).toBe(false);
  });

  it('only drafts are deletable; everything else is archived', () => {
    expect(JOB_STATUSES.filter(isDeletable)).toEqual(['draft']);
  });
});

describe('isAdvertisable: only open jobs before their closing date get campaigns', () => {
  const today = '2026-12-04';
  it.each([
    ['open, no closing date', { status: 'open', closingDate: null }, true],
    ['open, closes today', { status: 'open', closingDate: '2026-12-04' }, true],
    ['open, closed yesterday', { status: 'open', closingDate: '2026-12-03' }, false],
    ['draft', { status: 'draft', closingDate: null }, false],
    ['paused', { status: 'paused', closingDate: null }, false],
    ['filled', { status: 'filled', closingDate: null }, false],
    ['archived', { status: 'archived', closingDate: null }, false],
  ] as const)('%s → %s', (_name, job, expected) => {
    expect(isAdvertisable(job, today)).toBe(expected);
  });
});
