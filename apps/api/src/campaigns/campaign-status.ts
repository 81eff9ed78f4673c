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
 * What the campaign is doing for the people reading it, as opposed to the state of its platform
 * objects: an active campaign whose start is still ahead delivers nothing yet ("scheduled"), one past
 * its end date delivers nothing any more ("ended"). Everything else reads as its status.
 */
export const CAMPAIGN_DISPLAY_STATUSES = ['draft', 'publishing', 'scheduled', 'active', 'ended', 'paused', 'failed', 'completed', 'archived'] as const;
export type CampaignDisplayStatus = (typeof CAMPAIGN_DISPLAY_STATUSES)[number];

export function deriveDisplayStatus(
  status: CampaignStatus,
  schedule: { startsAt: Date; endsAt: Date | null },
  now: Date,
): CampaignDisplayStatus {
  if (status !== 'active') return status;
  if (schedule.startsAt.getTime() > now.getTime()) return 'scheduled';
  if (schedule.endsAt && schedule.endsAt.getTime() <= now.getTime()) return 'ended';
  return 'active';
}

/**
 * The same rule for queries that aggregate publications per campaign once (a hash aggregate, no
 * probe per campaign): `STATUS_FLAGS_SQL` goes in the aggregate's select list over
 * `campaign_publications`, `campaignStatusOfFlagsSql(alias)` reads the status from its row
 * (a campaign without publications has no row: NULL count, a draft).
 */
export const STATUS_FLAGS_SQL = [
  'count(*) AS publication_count',
  ...PRECEDENCE.map(([status, values]) => `bool_or(status IN (${values.map((v) => `'${v}'`).join(',')})) AS is_${status}`),
].join(', ');

export function campaignStatusOfFlagsSql(alias: string): string {
  const rules = PRECEDENCE.map(([status]) => `WHEN ${alias}.is_${status} THEN '${status}'`).join(' ');
  return `(CASE WHEN ${alias}.publication_count IS NULL THEN 'draft' ${rules} ELSE 'archived' END)`;
}

/** Draft campaigns are the only ones whose content may still change or be deleted. */
export const isEditable = (publications: readonly PublicationStatus[]) => publications.every((s) => s === 'draft');
