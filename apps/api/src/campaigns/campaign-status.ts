import type { PublicationStatus } from './publication-status';

/**
 * A campaign has no status of its own: it is read from its publications, so it can never
 * disagree with them. Archived publications are ignored unless every publication is archived;
 * then the first rule of PRECEDENCE that matches any remaining publication wins:
 *   publishing (any queued/publishing) > active > paused > failed > draft > completed
 */
export const CAMPAIGN_STATUSES = ['draft', 'publishing', 'active', 'paused', 'failed', 'completed', 'archived'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const PRECEDENCE: ReadonlyArray<readonly [CampaignStatus, readonly PublicationStatus[]]> = [
  ['publishing', ['queued', 'publishing']],
  ['active', ['active']],
  ['paused', ['paused']],
  ['failed', ['failed']],
  ['draft', ['draft']],
  ['completed', ['completed']],
];

export function deriveCampaignStatus(publications: readonly PublicationStatus[]): CampaignStatus {
  if (publications.length === 0) return 'draft';
  const current = publications.filter((s) => s !== 'archived');
  if (current.length === 0) return 'archived';
  return PRECEDENCE.find(([, statuses]) => current.some((s) => statuses.includes(s)))![0];
}

/**
 * The same rule as SQL over `campaign_publications` (for list filters), built from PRECEDENCE so
 * the two cannot drift apart. `campaignId` is the SQL expression of the campaign id.
 */
export function campaignStatusSql(campaignId: string): string {
  const any = (statuses: readonly string[]) =>
    `EXISTS (SELECT 1 FROM campaign_publications sp WHERE sp.campaign_id = ${campaignId} AND sp.status IN (${statuses.map((s) => `'${s}'`).join(',')}))`;
  const rules = PRECEDENCE.map(([status, statuses]) => `WHEN ${any(statuses)} THEN '${status}'`).join(' ');
  const none = `NOT EXISTS (SELECT 1 FROM campaign_publications sp WHERE sp.campaign_id = ${campaignId})`;
  return `(CASE WHEN ${none} THEN 'draft' ${rules} ELSE 'archived' END)`;
}

/**
 * The same rule over an array of the campaign's publication statuses (NULL: no publication), for
 * queries that aggregate publications per campaign once instead of probing them per campaign.
 */
export function campaignStatusOfStatusesSql(statuses: string): string {
  const list = (values: readonly string[]) => `ARRAY[${values.map((s) => `'${s}'`).join(',')}]::varchar[]`;
  const rules = PRECEDENCE.map(([status, values]) => `WHEN ${statuses} && ${list(values)} THEN '${status}'`).join(' ');
  return `(CASE WHEN ${statuses} IS NULL THEN 'draft' ${rules} ELSE 'archived' END)`;
}

/** Draft campaigns are the only ones whose content may still change or be deleted. */
export const isEditable = (publications: readonly PublicationStatus[]) => publications.every((s) => s === 'draft');
