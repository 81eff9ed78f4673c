import { encodeCursor } from '../common/pagination';

/**
 * A candidate as the API's JSON (CandidateDto), written by PostgreSQL from a candidates row `c`
 * and its current segment `seg` (CURRENT_SEGMENT_JOIN). The list is the API's hottest read: with
 * its 50 rows parsed column by column into objects and serialised again, node spent about a third
 * of its CPU per request in pg's row parser (profile of issue 11.24); one text column per row is
 * passed through untouched. The contract test validates these bodies against openapi.json.
 */

/** An ISO-8601 UTC timestamp with milliseconds, exactly as Date.toISOString writes it (columns are timestamptz(3)). */
export const isoUtcSql = (expr: string): string => `to_char(${expr} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export const CANDIDATE_JSON_SQL =
  `json_build_object('id', c.id, 'fullName', c.full_name, 'email', c.email, 'phone', c.phone,` +
  ` 'location', json_build_object('city', c.city, 'region', c.region, 'countryCode', c.country_code),` +
  ` 'yearsExperience', c.years_experience, 'educationLevel', c.education_level, 'skills', c.skills, 'primarySkill', c.primary_skill,` +
  ` 'desiredSalary', c.desired_salary, 'desiredSalaryCurrency', c.desired_salary_currency, 'desiredPosition', c.desired_position,` +
  ` 'seekingStatus', c.seeking_status, 'preferredEmploymentType', c.preferred_employment_type, 'languages', c.languages,` +
  ` 'availability', c.availability, 'source', c.source, 'marketingConsent', c.marketing_consent,` +
  ` 'marketingConsentAt', ${isoUtcSql('c.marketing_consent_at')}, 'segmentId', seg.id, 'segmentDistance', seg.distance,` +
  ` 'createdAt', ${isoUtcSql('c.created_at')}, 'updatedAt', ${isoUtcSql('c.updated_at')})::text`;

/** A row of the list query: the candidate's JSON and its place in the order (the keyset cursor's values). */
export interface CandidatePageRow {
  json: string;
  sortValue: string | number;
  id: string;
}

/**
 * The page body `{ items, nextCursor }` from the list query's rows (limit + 1 of them tell whether
 * there is more). Shared with the benchmark's bare server, so both answer the same bytes.
 */
export function candidatePageJson(rows: readonly CandidatePageRow[], limit: number, sort: string): string {
  const hasMore = rows.length > limit;
  const page = hasMore ? rows.slice(0, limit) : rows;
  const last = page[page.length - 1];
  const nextCursor = hasMore && last ? encodeCursor([sort, last.sortValue, last.id]) : null;
  return `{"items":[${page.map((row) => row.json).join(',')}],"nextCursor":${JSON.stringify(nextCursor)}}`;
}
