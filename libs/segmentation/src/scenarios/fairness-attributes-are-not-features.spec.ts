// Audit-only attributes never reach the model: a run on candidates carrying demographic fields
// (as a careless caller might pass them) encodes the same columns and gives the same labels.
import { AUDITED_ATTRIBUTES, syntheticDemographics } from '../fairness';
import { runSegmentation } from '../pipeline';
import { SYNTHETIC_RATES } from '../synthetic';
import { planted } from '../testing/fixtures';

describe('audited attributes are never segmentation features', () => {
  it('gives identical models with or without demographic fields on the records', async () => {
    const { candidates } = planted(600, 3, 9);
    const demographics = syntheticDemographics(candidates, { seed: 1 });
    const tainted = candidates.map((c, i) => ({ ...c, ...demographics[i] }));
    const options = { currency: SYNTHETIC_RATES, k: 3 };
    const [plain, withDemographics] = await Promise.all([runSegmentation(candidates, options), runSegmentation(tainted, options)]);
    expect(Array.from(withDemographics.labels)).toEqual(Array.from(plain.labels));
    expect(withDemographics.model.encoder).toEqual(plain.model.encoder);
    const columns = JSON.stringify(withDemographics.model.encoder).toLowerCase();
    for (const attribute of [...AUDITED_ATTRIBUTES, 'age', 'gender', 'woman', 'veteran']) expect(columns).not.toContain(`"${attribute.toLowerCase()}"`);
  });
});
