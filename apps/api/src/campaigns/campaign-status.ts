import type { PublicationStatus } from './publication-status';

/**
 * A campaign has no status of its own: it is read from its publications, so it can never
 * disagree with them. Precedence, first match wins (archived publications are ignored unless
 * every publication is archived):
 *   publishing (any queued/publishing) > active > paused > failed > draft > completed > archived
 */
export const CAMPAIGN_STATUSES = ['draft', 'publishing', 'active', 'paused', 'failed', 'completed', 'archived'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export function deriveCampaignStatus(publications: readonly PublicationStatus[]): CampaignStatus {
  if (publications.length === 0) return 'draft';
  const current = publications.filter((s) => s !== 'archived');
  if (current.length === 0) return 'archived';
  const has = (...statuses: PublicationStatus[]) => current.some((s) => statuses.includes(s));
  if (has('queued', 'publishing')) return 'publishing';
  if (has('active')) return 'active';
  if (has('paused')) return 'paused';
  if (has('failed')) return 'failed';
  if (has('draft')) return 'draft';
  return 'completed';
}

/** Draft campaigns are the only ones whose content may still change or be deleted. */
export const isEditable = (publications: readonly PublicationStatus[]) => publications.every((s) => s === 'draft');
