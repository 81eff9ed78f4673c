import type { SegmentSuggestion } from '../../api/hooks/campaigns';
import type { Job } from '../../api/hooks/jobs';
import type { PlatformConnection } from '../../api/hooks/platformConnections';
import type { AdTarget } from './AdPreviews';
import type { CampaignFormValues } from './campaignForm';

/**
 * What the wizard can fill in by itself from what it already knows (the job, the segment
 * suggestions, the connections). The wizard applies these only to fields the user has not
 * edited, so a later arrival of data never overwrites the user's own text.
 */
export type Prefill = Partial<CampaignFormValues>;

/** A score of at least 0.5 means the segment shares a job skill (SegmentSuggestionDto.score). */
const SHARES_A_SKILL = 0.5;
/** Segments this close to the best one are about as good a fit. */
const NEAR_BEST = 0.1;
const MAX_PRESELECTED = 3;

/** Name "Title – Month Year", headline = job title, primary text = the job's short ad text. */
export function prefillFromJob(job: Pick<Job, 'title' | 'shortDescription'>, now = new Date()): Prefill {
  const month = now.toLocaleDateString('en-US', { month: 'long', year: 'numeric' });
  return { name: `${job.title} – ${month}`, headline: job.title, primaryText: job.shortDescription };
}

/** The best suggestions: those sharing a job skill and near the top score (at most 3); else the single best. */
export function bestSegmentIds(suggestions: readonly Pick<SegmentSuggestion, 'segmentId' | 'score'>[]): string[] {
  const [best] = suggestions;
  if (!best) return [];
  if (best.score < SHARES_A_SKILL) return [best.segmentId];
  return suggestions.filter((s) => s.score >= SHARES_A_SKILL && best.score - s.score <= NEAR_BEST).slice(0, MAX_PRESELECTED).map((s) => s.segmentId);
}

/** Connections that can publish now (not deleted, not waiting for new credentials). */
export function usableConnections<C extends Pick<PlatformConnection, 'archivedAt' | 'status'>>(connections: readonly C[]): C[] {
  return connections.filter((c) => !c.archivedAt && c.status !== 'needs_reauth');
}

/** When exactly one connection can publish, it is the obvious choice (with the currency it bills in). */
export function prefillLoneConnection(connections: readonly Pick<PlatformConnection, 'id' | 'archivedAt' | 'status' | 'account'>[]): Prefill {
  const usable = usableConnections(connections);
  if (usable.length !== 1) return {};
  const [only] = usable;
  return { connectionIds: [only.id], ...(only.account.currency ? { currency: only.account.currency } : {}) };
}

/** The chosen connections, in the order chosen, as the ad mock-ups label them. */
export function adTargets(connections: readonly PlatformConnection[], ids: readonly string[]): AdTarget[] {
  return ids.flatMap((id) => {
    const c = connections.find((x) => x.id === id);
    return c ? [{ connectionId: c.id, platform: c.kind, platformLabel: c.label, connectionName: c.name, isSandbox: c.isSandbox }] : [];
  });
}

/** The part of `prefill` the user has not touched. */
export function untouchedPart(prefill: Prefill, touched: ReadonlySet<keyof CampaignFormValues>): Prefill {
  return Object.fromEntries(Object.entries(prefill).filter(([key]) => !touched.has(key as keyof CampaignFormValues))) as Prefill;
}
