/**
 * Job status lifecycle, as a pure transition table (no Nest, no database):
 *
 *   draft ──► open ◄──► paused
 *              │          │
 *              ▼          ▼
 *         closed | filled          (terminal)
 *
 * `archived` is not a transition target: DELETE of a job that is no longer a draft archives it
 * (drafts are deleted outright), from any status but draft. Archived is terminal and hidden
 * from lists unless asked for.
 */
export const JOB_STATUSES = ['draft', 'open', 'paused', 'closed', 'filled', 'archived'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** Statuses a client may ask for through POST /jobs/:id/transitions. */
export const TRANSITION_TARGETS = ['open', 'paused', 'closed', 'filled'] as const;
export type TransitionTarget = (typeof TRANSITION_TARGETS)[number];

const TRANSITIONS: Readonly<Record<JobStatus, readonly TransitionTarget[]>> = {
  draft: ['open'],
  open: ['paused', 'closed', 'filled'],
  paused: ['open', 'closed', 'filled'],
  closed: [],
  filled: [],
  archived: [],
};

export function canTransition(from: JobStatus, to: JobStatus): boolean {
  return (TRANSITIONS[from] as readonly JobStatus[]).includes(to);
}

export function allowedTransitions(from: JobStatus): readonly TransitionTarget[] {
  return TRANSITIONS[from];
}

/** A job that ended (closed or filled) or was archived: no more edits, no more ads. */
export function isFinal(status: JobStatus): boolean {
  return status === 'closed' || status === 'filled' || status === 'archived';
}

/** Only a draft (never published, never advertised) may be deleted outright. */
export function isDeletable(status: JobStatus): boolean {
  return status === 'draft';
}

/** Open and not past its closing date (`today`: YYYY-MM-DD, UTC): only such a job may be advertised. */
export function isAdvertisable(job: { status: JobStatus; closingDate: string | null }, today: string): boolean {
  return job.status === 'open' && (job.closingDate === null || job.closingDate >= today);
}
