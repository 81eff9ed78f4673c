/**
 * SQL fragments for dashboard groupings. Kept in one place so timeseries, breakdowns and CSV
 * exports group the same way. A campaign's numbers are split evenly across its target segments
 * when grouping by segment (a campaign aimed at two segments gives each half its spend).
 */
export const GROUP_BYS = ['platform', 'campaign', 'job', 'segment'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

export const METRICS = ['spend', 'impressions', 'reach', 'clicks', 'conversions', 'applications'] as const;
export type Metric = (typeof METRICS)[number];

interface Grouping {
  key: string;
  label: string;
  joins: string;
  weight: string;
}

export const GROUPINGS: Record<GroupBy, Grouping> = {
  platform: { key: 'p.platform', label: 'p.platform', joins: '', weight: '1' },
  campaign: { key: 'c.id::text', label: 'c.name', joins: '', weight: '1' },
  job: { key: 'j.id::text', label: 'j.title', joins: 'JOIN jobs j ON j.id = c.job_id', weight: '1' },
  segment: {
    key: 'seg.id::text',
    label: `coalesce(s.name, 'Segment ' || left(seg.id::text, 8))`,
    joins: 'CROSS JOIN LATERAL unnest(c.segment_ids) AS seg(id) LEFT JOIN segments s ON s.id = seg.id',
    weight: '(1.0 / cardinality(c.segment_ids))',
  },
};

const DELIVERY_COLUMN: Record<Exclude<Metric, 'applications'>, string> = {
  spend: 'm.spend_reporting_minor', impressions: 'm.impressions', reach: 'm.reach', clicks: 'm.clicks', conversions: 'm.conversions',
};

/** Daily values of one metric per group over [$1, $2], optional extra filter on campaigns (c). */
export function timeseriesSql(metric: Metric, groupBy: GroupBy, campaignFilter = ''): string {
  const g = GROUPINGS[groupBy];
  if (metric === 'applications') {
    return `SELECT (a.created_at AT TIME ZONE 'UTC')::date::text AS date, ${g.key} AS key, ${g.label} AS label, sum(${g.weight}) AS value
      FROM applications a JOIN campaign_publications p ON p.id = a.publication_id JOIN campaigns c ON c.id = p.campaign_id ${g.joins}
      WHERE a.created_at >= $1::date AND a.created_at < $2::date + 1 ${campaignFilter}
      GROUP BY 1, 2, 3 ORDER BY 1, 2`;
  }
  return `SELECT m.date::text AS date, ${g.key} AS key, ${g.label} AS label, sum(${DELIVERY_COLUMN[metric]} * ${g.weight}) AS value
    FROM publication_metrics_daily m JOIN campaign_publications p ON p.id = m.publication_id JOIN campaigns c ON c.id = p.campaign_id ${g.joins}
    WHERE m.date BETWEEN $1 AND $2 ${campaignFilter}
    GROUP BY 1, 2, 3 ORDER BY 1, 2`;
}

/**
 * Totals per group over [$1, $2] with applications and hiring stages, for breakdown tables: groups that delivered in
 * the period. Each source is first summed per publication (300k metric rows of 30 days become one row per
 * publication before any join), then publications are grouped; the applications parts are index-only scans of
 * applications_created_publication_idx and applications_last_stage_at_idx.
 */
export function breakdownSql(groupBy: GroupBy, campaignFilter = ''): string {
  const g = GROUPINGS[groupBy];
  const stageSums = Object.keys(STAGE_TOTALS).map((name) => `coalesce(sum(st.${name} * ${g.weight}), 0) AS ${name}`);
  return `WITH delivery AS (
      SELECT m.publication_id, sum(m.impressions) AS impressions, sum(m.reach) AS reach, sum(m.clicks) AS clicks,
             sum(m.spend_reporting_minor) AS spend, sum(m.conversions) AS conversions
      FROM publication_metrics_daily m WHERE m.date BETWEEN $1 AND $2 GROUP BY 1),
    apps AS (
      SELECT a.publication_id, count(*) AS applications FROM applications a
      WHERE a.created_at >= $1::date AND a.created_at < $2::date + 1 AND a.publication_id IS NOT NULL GROUP BY 1),
    stages AS (${stagesSql()})
    SELECT ${g.key} AS key, ${g.label} AS label, sum(dl.impressions * ${g.weight}) AS impressions, sum(dl.reach * ${g.weight}) AS reach,
           sum(dl.clicks * ${g.weight}) AS clicks, sum(dl.spend * ${g.weight}) AS spend, sum(dl.conversions * ${g.weight}) AS conversions,
           coalesce(sum(ap.applications * ${g.weight}), 0) AS applications, ${stageSums.join(', ')}
    FROM campaign_publications p JOIN campaigns c ON c.id = p.campaign_id ${g.joins}
      LEFT JOIN delivery dl ON dl.publication_id = p.id LEFT JOIN apps ap ON ap.publication_id = p.id LEFT JOIN stages st ON st.publication_id = p.id
    WHERE (dl.publication_id IS NOT NULL OR ap.publication_id IS NOT NULL OR st.publication_id IS NOT NULL) ${campaignFilter}
    GROUP BY 1, 2 HAVING count(dl.publication_id) > 0`;
}

/** Period counts of hiring stages: an application counts on the stage in the period it first reached it. */
export const STAGE_TOTALS = { screenings: 'screening_at', interviews: 'interview_at', offers: 'offer_at', hires: 'hired_at' } as const;

/**
 * Stage counts per publication over [$1, $2]. Reached times are ordered (screening ≤ interview ≤ offer ≤ hired, see
 * application-stages.ts), so "screened before the end and reached something after the start" bounds the rows read.
 */
function stagesSql(): string {
  const inRange = (column: string) => `a.${column} >= $1::date AND a.${column} < $2::date + 1`;
  const counts = Object.entries(STAGE_TOTALS).map(([name, column]) => `count(*) FILTER (WHERE ${inRange(column)}) AS ${name}`);
  return `SELECT a.publication_id, ${counts.join(', ')}
    FROM applications a
    WHERE a.publication_id IS NOT NULL AND a.screening_at < $2::date + 1 AND coalesce(a.hired_at, a.offer_at, a.interview_at, a.screening_at) >= $1::date
    GROUP BY 1`;
}
