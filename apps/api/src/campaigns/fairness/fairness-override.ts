import { Principal } from '../../auth';
import { fieldProblem, ProblemException } from '../../common/problem';
import type { SegmentForCampaign } from '../targeting/campaign-segments';

/** What a campaign keeps of the admin's decision to target segments the fairness audit flagged. */
export interface FairnessOverride {
  reason: string;
  byLabel: string;
  at: string;
  /** The flagged segments the override covers, with their flags at that moment. */
  segments: Array<{ id: string; name: string; flags: string[] }>;
}

export const flaggedOf = (segments: readonly SegmentForCampaign[]) => segments.filter((s) => s.fairnessFlags.length > 0);

/** "Segment A" may act as a proxy for age band; "Segment B" … */
export function describeFlags(flagged: readonly SegmentForCampaign[]): string {
  return flagged.map((s) => `"${s.name}" ${s.fairnessFlags.join(' and ')}`).join('; ');
}

/** Flagged segments an existing override does not cover (a new run may have flagged others since). */
export function uncovered(flagged: readonly SegmentForCampaign[], override: FairnessOverride | null): SegmentForCampaign[] {
  return flagged.filter((s) => !override?.segments.some((o) => o.id === s.id));
}

/**
 * Targeting a segment the fairness audit flagged needs an admin's override with a reason:
 * without one → 422 naming `fairnessOverride`; given by anyone but an admin → 403. Returns the
 * override to store (null when nothing is flagged or the existing one still covers everything).
 */
export function decideOverride(
  segments: readonly SegmentForCampaign[], reason: string | undefined, existing: FairnessOverride | null, principal: Principal,
): FairnessOverride | null {
  const flagged = flaggedOf(segments);
  const missing = uncovered(flagged, existing);
  if (missing.length === 0 && reason === undefined) return null;
  if (reason === undefined) {
    throw fieldProblem(422, 'fairnessOverride', `${describeFlags(missing)}. An admin must override the fairness audit with a reason to target it.`);
  }
  if (principal.role !== 'admin') throw new ProblemException(403, 'Only an admin may override the fairness audit.');
  if (flagged.length === 0) throw fieldProblem(422, 'fairnessOverride', 'none of the targeted segments is flagged by the fairness audit: nothing to override');
  return { reason, byLabel: principal.label, at: new Date().toISOString(), segments: flagged.map((s) => ({ id: s.id, name: s.name, flags: s.fairnessFlags })) };
}
