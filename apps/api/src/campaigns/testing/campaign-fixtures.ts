/**
 * Database fixtures for the campaigns integration tests and the fault-run benchmark (not used by
 * production code): an open job, an active segmentation run with segment profiles, and a campaign
 * body. Rows go straight into the tables so the tests depend only on the schema.
 */
import type { SegmentProfile } from '@adflux/segmentation';
import { DataSource } from 'typeorm';

export async function insertOpenJob(dataSource: DataSource, overrides: Partial<Record<'title' | 'city' | 'country_code' | 'remote' | 'experience_level' | 'application_url', string | null>> & { skills?: string[] } = {}): Promise<string> {
  const row = {
    title: 'Registered Nurse', city: 'Austin', country_code: 'US', remote: 'onsite', experience_level: 'mid',
    application_url: 'https://careers.example.com/jobs/rn-42', skills: ['Nursing', 'Pediatrics'], ...overrides,
  };
  const [{ id }] = await dataSource.query(
    `INSERT INTO jobs (title, description, short_description, company, city, region, country_code, remote, employment_type, experience_level,
                       skills, application_url, status, opened_at)
     VALUES ($1, 'Care for children on our pediatric ward.', 'Pediatric nurse, flexible shifts.', 'St. Mary Clinic', $2, 'Texas', $3, $4,
             'full_time', $5, $6, $7, 'open', now()) RETURNING id`,
    [row.title, row.city, row.country_code, row.remote, row.experience_level, row.skills, row.application_url],
  );
  return id;
}

export function segmentProfile(name: string, over: Partial<SegmentProfile> = {}): SegmentProfile {
  const spread = (median: number | null) => ({ median, p25: null, p75: null, missingShare: 0 });
  return {
    segment: 0, name, description: `${name} candidates`, size: 100, share: 0.5,
    experience: spread(4), salary: { ...spread(60000), currency: 'USD' },
    topSkills: [], topCountries: [{ countryCode: 'US', share: 0.9 }], topRegions: [],
    seekingStatus: { active: 0.5, passive: 0.3, not_looking: 0.1, unknown: 0.1 },
    employmentType: { full_time: 0.8, part_time: 0.1, contract: 0.05, internship: 0, temporary: 0, unknown: 0.05 },
    distance: { median: 1, p90: 2 },
    ...over,
  };
}

/** A succeeded, active segmentation run with one segment per profile; returns the segment ids in order. */
export async function insertActiveSegments(dataSource: DataSource, profiles: SegmentProfile[]): Promise<string[]> {
  await dataSource.query(`UPDATE segmentation_runs SET active = false WHERE active`);
  const [{ id: runId }] = await dataSource.query(
    `INSERT INTO segmentation_runs (status, parameters, progress, k, active, finished_at, activated_at)
     VALUES ('succeeded', '{}', 100, $1, true, now(), now()) RETURNING id`,
    [profiles.length],
  );
  const ids: string[] = [];
  for (const [index, profile] of profiles.entries()) {
    const [{ id }] = await dataSource.query(
      `INSERT INTO segments (run_id, index, name, description, generated_name, profile, size, share)
       VALUES ($1, $2, $3, $4, $3, $5, $6, $7) RETURNING id`,
      [runId, index, profile.name, profile.description, JSON.stringify({ ...profile, segment: index }), profile.size, profile.share],
    );
    ids.push(id);
  }
  return ids;
}

export function campaignBody(jobId: string, segmentIds: string[], connectionIds: string[], overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Nurses – Austin',
    jobId, segmentIds, connectionIds,
    objective: 'traffic',
    dailyBudgetMinor: 2500,
    currency: 'USD',
    startsAt: new Date(Date.now() + 3600_000).toISOString(),
    endsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    creative: { headline: 'Registered Nurse in Austin', primaryText: 'Join our pediatric ward. Flexible shifts.', description: 'Apply in 2 minutes', callToAction: 'APPLY_NOW' },
    ...overrides,
  };
}
