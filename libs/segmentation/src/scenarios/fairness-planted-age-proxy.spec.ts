// Scenario (issue 13.10): in the role pool, age follows years of experience (as in life, and as
// the demo generator plants it). Segments that split junior support staff from senior finance
// and nursing staff then reach age bands very unequally: the audit must say "may act as a proxy
// for age band" for them, while gender, drawn independently of every feature, is never flagged.
jest.setTimeout(120_000);

import { auditSegments, encodeGroups, syntheticDemographics } from '../fairness';
import { rolePool } from '../testing/role-clusters';
import { roleScenario } from '../testing/role-scenario';

describe('scenario: a feature correlated with age makes segments age proxies', () => {
  async function audit() {
    const { result } = await roleScenario();
    const demographics = syntheticDemographics(rolePoolCandidates(result.labels.length), { seed: 5, ageFollowsExperience: true });
    return { result, audit: auditSegments(encodeGroups(demographics), result.labels, result.model.k) };
  }

  it('flags at least one segment as a proxy for age band', async () => {
    const { audit: a } = await audit();
    const flagged = a.segments.filter((s) => s.flags.includes('may act as a proxy for age band'));
    expect(flagged.length).toBeGreaterThanOrEqual(1);
    for (const s of flagged) {
      const age = s.attributes.find((x) => x.attribute === 'ageBand')!;
      expect(age.ratio!).toBeLessThan(0.8);
      expect(age.pValue!).toBeLessThan(0.01);
    }
  });

  it('flags the most junior segment, whose members are young', async () => {
    const { result, audit: a } = await audit();
    const junior = result.profiles.reduce((best, p, i) => ((p.experience.median ?? 99) < (result.profiles[best].experience.median ?? 99) ? i : best), 0);
    const age = a.segments[junior].attributes.find((x) => x.attribute === 'ageBand')!;
    expect(age.status).toBe('flagged');
    expect(['18-24', '25-34']).toContain(age.highestGroup);
  });

  it('never flags gender, which no feature carries', async () => {
    const { audit: a } = await audit();
    for (const s of a.segments) expect(s.flags).not.toContain('may act as a proxy for gender');
  });
});


/** The role pool's candidates, in the order the scenario run saw them (same seed and size). */
function rolePoolCandidates(n: number) {
  const { candidates } = rolePool(8000, 12);
  if (candidates.length !== n) throw new Error('role pool changed size');
  return candidates;
}
