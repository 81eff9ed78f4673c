// Scenario (issue 12.10): a backend job (TypeScript, PostgreSQL, Node.js) ranked "Senior nursing"
// second with none of the job skills. Suggestions must put segments sharing the job's skills
// first, the backend engineers' segment on top, and never a skill-less segment above one with
// some — even when that segment matches the job's country and experience perfectly.
jest.setTimeout(120_000);

import { rankSegments } from '../match/segment-match';
import type { JobNeeds } from '../match/segment-match';
import { roleScenario } from '../testing/role-scenario';

const backendJob: JobNeeds = {
  skills: ['TypeScript', 'PostgreSQL', 'Node.js'],
  experienceYears: [5, 10],
  // Where the nurses live, so location favours the nursing segment.
  countryCode: 'ES',
  places: ['Madrid'],
  remote: false,
};
/**
 * A lead-level backend job in Madrid: the nursing segment's experience and location fit it
 * perfectly. Scored as a plain weighted blend, nursing came second here, above the segment that
 * holds the backend engineers.
 */
const leadBackendJob: JobNeeds = { ...backendJob, experienceYears: [8, 12] };

describe('scenario: suggestions for a backend job rank skill overlap first', () => {
  it('ranks the backend engineers’ segment first', async () => {
    const { result, home } = await roleScenario();
    const ranked = rankSegments(backendJob, result.profiles);
    expect(ranked[0].profile.segment).toBe(home('backend').segment);
    expect(ranked[0].match.matchedSkills.length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['a senior', backendJob],
    ['a lead', leadBackendJob],
  ])('never ranks a segment with none of the job skills above one with some (%s job)', async (_, job) => {
    const { result } = await roleScenario();
    const overlap = rankSegments(job, result.profiles).map((r) => r.match.matchedSkills.length > 0);
    expect(overlap.some((o) => !o)).toBe(true); // the pool has skill-less segments to rank
    const firstWithout = overlap.indexOf(false);
    expect(overlap.slice(firstWithout)).not.toContain(true);
  });

  it('ranks the nursing segment below every segment sharing a job skill, even when it fits level and place', async () => {
    const { result, home } = await roleScenario();
    const ranked = rankSegments(leadBackendJob, result.profiles);
    const nursing = ranked.findIndex((r) => r.profile.segment === home('nursing').segment);
    expect(ranked[nursing].match.matchedSkills).toEqual([]);
    expect(ranked.slice(nursing).every((r) => r.match.matchedSkills.length === 0)).toBe(true);
    expect(nursing).toBeGreaterThanOrEqual(1);
  });
});
