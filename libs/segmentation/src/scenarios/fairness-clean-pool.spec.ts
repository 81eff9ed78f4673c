// Scenario (issue 13.10): the same role pool, but every audited attribute is drawn independently
// of every feature. Segments then reach every group at about the same rate: no flag at all.
jest.setTimeout(120_000);

import { auditSegments, encodeGroups, syntheticDemographics } from '../fairness';
import { rolePool } from '../testing/role-clusters';
import { roleScenario } from '../testing/role-scenario';

describe('scenario: a clean pool raises no fairness flag', () => {
  it('flags no segment for any attribute', async () => {
    const { result } = await roleScenario();
    const { candidates } = rolePool(8000, 12);
    const demographics = syntheticDemographics(candidates, { seed: 5, ageFollowsExperience: false });
    const audit = auditSegments(encodeGroups(demographics), result.labels, result.model.k);
    expect(audit.flaggedSegments).toBe(0);
    // Judged, not skipped: every segment's age and gender audit ran on enough people.
    for (const s of audit.segments) {
      for (const attribute of ['ageBand', 'gender'] as const) {
        const a = s.attributes.find((x) => x.attribute === attribute)!;
        expect(a.status).toBe('ok');
      }
    }
  });
});
