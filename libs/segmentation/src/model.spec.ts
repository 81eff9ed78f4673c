// beforeAll runs a full segmentation: give it room on small shared machines.
jest.setTimeout(60_000);

import { SegmentationError } from './errors';
import { assign, checkModel } from './model';
import { runSegmentation } from './pipeline';
import type { SegmentationResult } from './pipeline';
import { candidate, planted } from './testing/fixtures';

describe('assign(model)', () => {
  const { candidates } = planted(1200, 4);
  let result: SegmentationResult;
  beforeAll(async () => {
    result = await runSegmentation(candidates, { k: 4, seed: 5 });
  });

  it('places the training candidates in the segments training gave them', () => {
    const placed = assign(result.model, candidates);
    expect(placed.map((p) => p.segment)).toEqual(Array.from(result.labels));
    placed.forEach((p, i) => expect(p.distance).toBeCloseTo(result.distances[i], 9));
    expect(placed[0].id).toBe(candidates[0].id);
  });

  it('works on a model read back from JSON, for new candidates too', () => {
    const stored = JSON.parse(JSON.stringify(result.model));
    expect(assign(stored, candidates).map((p) => p.segment)).toEqual(Array.from(result.labels));
    const fresh = assign(stored, [candidate({ id: 'new', skills: ['Java', 'Spring'], yearsExperience: null })]);
    expect(fresh).toHaveLength(1);
    expect(fresh[0].segment).toBeGreaterThanOrEqual(0);
    expect(fresh[0].segment).toBeLessThan(4);
  });

  it('rejects something that is not a model', () => {
    expect(() => assign({} as never, candidates)).toThrow(SegmentationError);
    const model = JSON.parse(JSON.stringify(result.model));
    model.centroids[0].pop();
    expect(() => checkModel(model)).toThrow(/centroids/);
  });
});
