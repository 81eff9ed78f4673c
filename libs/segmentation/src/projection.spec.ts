import { blobs } from './testing/fixtures';
import { projectMap } from './projection';

describe('projectMap', () => {
  const d = 5;
  const { matrix, truth } = blobs(1000, 3, d, 10);
  const n = truth.length;
  const centroids = [0, 1, 2].map((c) => Array.from({ length: d }, (_, j) => (j === c ? 10 : 0)));

  it('projects at most sampleSize points and every centroid', () => {
    const map = projectMap(matrix, n, d, truth, centroids, { seed: 1 });
    expect(map.points).toHaveLength(2000);
    expect(map.centroids.map((c) => c.segment)).toEqual([0, 1, 2]);
    expect(map.points.every((p) => p.segment === truth[p.index])).toBe(true);
    expect(map.explainedVariance[0]).toBeGreaterThan(0.3);
  });

  it('keeps the structure: each point is nearer its own centroid on the map', () => {
    const map = projectMap(matrix, n, d, truth, centroids, { seed: 1, sampleSize: 300 });
    const nearest = (x: number, y: number) =>
      map.centroids.reduce((best, c) => ((c.x - x) ** 2 + (c.y - y) ** 2 < (best.x - x) ** 2 + (best.y - y) ** 2 ? c : best)).segment;
    const agree = map.points.filter((p) => nearest(p.x, p.y) === p.segment).length;
    expect(agree / map.points.length).toBeGreaterThan(0.95);
  });

  it('is deterministic for a seed', () => {
    const a = projectMap(matrix, n, d, truth, centroids, { seed: 5, sampleSize: 50 });
    expect(projectMap(matrix, n, d, truth, centroids, { seed: 5, sampleSize: 50 })).toEqual(a);
  });

  it('puts everything at the origin when there is no variance', () => {
    const same = new Float64Array(10 * 2).fill(3);
    const map = projectMap(same, 10, 2, new Int32Array(10), [[3, 3]], { seed: 1 });
    expect(map.points.every((p) => p.x === 0 && p.y === 0)).toBe(true);
    expect(map.centroids).toEqual([{ segment: 0, x: 0, y: 0 }]);
  });
});
