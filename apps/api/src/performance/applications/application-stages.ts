/**
 * The hiring pipeline's rules, pure: the stages, which moves a recruiter may make, which event
 * wins when events arrive out of order, and which "reached" times an event sets.
 */
export const FUNNEL_STAGES = ['applied', 'screening', 'interview', 'offer', 'hired'] as const;
export const EXIT_STAGES = ['rejected', 'withdrawn'] as const;
export const STAGES = [...FUNNEL_STAGES, ...EXIT_STAGES] as const;
export type Stage = (typeof STAGES)[number];
/** Stages with a "first reached at" time (applied is the application's own creation time). */
export type TimedStage = Exclude<Stage, 'applied'>;
export const TIMED_STAGES: readonly TimedStage[] = ['screening', 'interview', 'offer', 'hired', 'rejected', 'withdrawn'];

const TERMINAL: ReadonlySet<Stage> = new Set(['hired', 'rejected', 'withdrawn']);
const funnelRank = (stage: Stage): number => (FUNNEL_STAGES as readonly string[]).indexOf(stage);
/** Exits rank after every funnel stage, so at the same instant "rejected" beats "interview". */
const rank = (stage: Stage): number => (funnelRank(stage) >= 0 ? funnelRank(stage) : FUNNEL_STAGES.length);

export const isStage = (value: unknown): value is Stage => typeof value === 'string' && (STAGES as readonly string[]).includes(value);

/**
 * Where a recruiter may move an application from `current`: forward in the funnel (skipping is
 * allowed: an ATS-less team may go straight to interview), or out (rejected/withdrawn) from any
 * open stage. Hired, rejected and withdrawn are final for manual moves; an ATS may still correct them.
 */
export function allowedNextStages(current: Stage): Stage[] {
  if (TERMINAL.has(current)) return [];
  const forward = FUNNEL_STAGES.filter((s) => funnelRank(s) > funnelRank(current));
  return [...forward, ...EXIT_STAGES];
}

export interface StageState {
  stage: Stage;
  at: Date;
}

/**
 * Whether an event becomes the current stage: the newest event wins, so an older disposition that
 * arrives late is kept in the timeline but never overwrites a newer stage. Same instant: the later
 * stage in the funnel (or an exit) wins, so the outcome does not depend on arrival order. `current`
 * is null while the application is as recorded (no stage event yet): any event then wins.
 */
export function supersedes(event: StageState, current: StageState | null): boolean {
  if (!current) return true;
  const diff = event.at.getTime() - current.at.getTime();
  return diff > 0 || (diff === 0 && rank(event.stage) > rank(current.stage));
}

/**
 * The "first reached" times an event at this stage sets (each to the earlier of the stored time and
 * the event's): its own, and for a funnel stage every funnel stage it skipped, because reaching an
 * offer means the candidate got through screening and interview. That keeps
 * screening ≤ interview ≤ offer ≤ hired whenever set, and cost per interview counts skipped steps.
 */
export function reachedStages(stage: Stage): TimedStage[] {
  if (stage === 'applied') return [];
  if (!(FUNNEL_STAGES as readonly string[]).includes(stage)) return [stage as TimedStage];
  return FUNNEL_STAGES.filter((s) => s !== 'applied' && funnelRank(s) <= funnelRank(stage)) as TimedStage[];
}
