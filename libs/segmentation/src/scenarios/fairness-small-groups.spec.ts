// Scenario (issue 13.10): a small pool (120 candidates) with the same planted age proxy. Groups
// below the documented minimum (30 declared candidates in the pool, 5 expected in the segment)
// cannot be judged: nothing is flagged, and each audit says why.
import { auditSegments, encodeGroups, syntheticDemographics } from '../fairness';
import { runSegmentation } from '../pipeline';
import { SYNTHETIC_RATES } from '../synthetic';
import { planted } from '../testing/fixtures';

describe('scenario: small groups are not flagged, with the reason given', () => {
  it('judges no age band in a 120-candidate pool and explains it', async () => {
    const { candidates } = planted(120, 3, 4);
    const result = await runSegmentation(candidates, { currency: SYNTHETIC_RATES, k: 3 });
    const audit = auditSegments(encodeGroups(syntheticDemographics(candidates, { seed: 2 })), result.labels, result.model.k);
    expect(audit.flaggedSegments).toBe(0);
    for (const s of audit.segments) {
      const age = s.attributes.find((x) => x.attribute === 'ageBand')!;
      expect(age.status).toBe('insufficient_data');
      expect(age.reason).toMatch(/fewer than two groups with at least 30 declared candidates/);
    }
  });
});
