/**
 * The life of one publication (a campaign on one platform connection). Pure: the service and the
 * processor ask it before every status write, so an illegal move is a 409, never a silent write.
 *
 *   draft → queued → publishing → active ↔ paused → completed | archived
 *   publishing → failed → queued (publish again: resumes after the last recorded step)
 *   queued | publishing → paused | archived when the user stopped it before it went live
 */
export const PUBLICATION_STATUSES = ['draft', 'queued', 'publishing', 'active', 'paused', 'completed', 'archived', 'failed'] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];

/** What the user (or a rule) wants the platform objects to be; the processor converges on it. */
export const TARGET_STATUSES = ['active', 'paused', 'archived'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

const TRANSITIONS: Readonly<Record<PublicationStatus, readonly PublicationStatus[]>> = {
  draft: ['queued'],
  queued: ['publishing', 'failed'],
  publishing: ['active', 'paused', 'archived', 'failed'],
  active: ['paused', 'completed', 'archived'],
  paused: ['active', 'completed', 'archived'],
  completed: ['archived'],
  failed: ['queued', 'archived'],
  archived: [],
};

export function canTransition(from: PublicationStatus, to: PublicationStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export class IllegalTransitionError extends Error {
  constructor(readonly from: PublicationStatus, readonly to: PublicationStatus) {
    super(`a publication cannot go from ${from} to ${to}`);
    this.name = 'IllegalTransitionError';
  }
}

export function assertTransition(from: PublicationStatus, to: PublicationStatus): void {
  if (!canTransition(from, to)) throw new IllegalTransitionError(from, to);
}

/** Rows the publish processor (and the reconciler) still owe work: not yet on the platform. */
export const IN_FLIGHT: readonly PublicationStatus[] = ['queued', 'publishing'];

/** Rows whose platform objects exist and can be switched on/off. */
export const LIVE: readonly PublicationStatus[] = ['active', 'paused'];

export const isInFlight = (status: PublicationStatus) => IN_FLIGHT.includes(status);
export const isLive = (status: PublicationStatus) => LIVE.includes(status);

/** Statuses from which "publish" (again) is allowed. */
export const PUBLISHABLE: readonly PublicationStatus[] = ['draft', 'failed'];

/** Which user action may change the target of a publication in this status. */
export function acceptsTarget(status: PublicationStatus, target: TargetStatus): boolean {
  switch (target) {
    case 'paused':
      return status === 'active' || isInFlight(status);
    case 'active':
      return status === 'paused' || isInFlight(status);
    case 'archived':
      return status !== 'archived' && status !== 'draft';
  }
}

/** Live objects away from their target, or a failed/completed publication being archived: a status job's work. */
export function needsPlatformChange(status: PublicationStatus, target: TargetStatus): boolean {
  if (status === target) return false;
  if (isLive(status)) return true;
  return target === 'archived' && (status === 'failed' || status === 'completed');
}
