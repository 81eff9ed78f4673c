// Several full runs per test: give them room on small shared machines.
jest.setTimeout(60_000);

import { adjustedRandIndex } from './ari';
import { SegmentationError } from './errors';
import { runSegmentation } from './pipeline';
import { SYNTHETIC_RATES, generateSyntheticCandidates } from './synthetic';
import { candidate, planted } from './testing/fixtures';
import type { SegmentationProgress } from './types';

describe('runSegmentation', () => {
  describe('on planted clusters', () => {
    const { candidates, truth } = planted(1000, 5, 21);

    it('recovers them with a fixed k (ARI ≥ 0.8)', async () => {
      const result = await runSegmentation(candidates, { k: 5, currency: SYNTHETIC_RATES });
      expect(adjustedRandIndex(truth, result.labels)).toBeGreaterThanOrEqual(0.8);
    });

    it('chooses the planted k on its own, and recovers the clusters', async () => {
      const result = await runSegmentation(candidates, { currency: SYNTHETIC_RATES, seed: 3 });
      expect(result.model.k).toBe(5);
      expect(result.model.silhouetteByK.map((s) => s.k)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(adjustedRandIndex(truth, result.labels)).toBeGreaterThanOrEqual(0.8);
      expect(result.model.metrics.silhouette).toBeGreaterThan(0);
    });

    it('returns everything a run stores and shows', async () => {
      const { model, labels, distances, profiles, map } = await runSegmentation(candidates, { k: 5, seed: 1 });
      expect(labels).toHaveLength(1000);
      expect(distances).toHaveLength(1000);
      expect(model.metrics.sizes.reduce((s, x) => s + x, 0)).toBe(1000);
      expect(model.centroids).toHaveLength(5);
      expect(JSON.parse(JSON.stringify(model))).toEqual(model);
      expect(profiles.map((p) => p.segment)).toEqual([0, 1, 2, 3, 4]);
      expect(new Set(profiles.map((p) => p.name)).size).toBe(5);
      expect(profiles.map((p) => p.size)).toEqual(model.metrics.sizes);
      expect(map.centroids).toHaveLength(5);
      expect(map.points).toHaveLength(1000);
    });

    it('reports the phases in order with rising percentages', async () => {
      const seen: SegmentationProgress[] = [];
      await runSegmentation(candidates.slice(0, 300), { kMax: 4 }, (p) => {
        seen.push(p);
      });
      const phases = seen.map((p) => p.phase).filter((p, i, all) => all[i - 1] !== p);
      expect(phases).toEqual(['encode', 'select_k', 'train', 'assign', 'profile']);
      expect(seen.every((p, i) => i === 0 || p.percent >= seen[i - 1].percent)).toBe(true);
      expect(seen[seen.length - 1]).toEqual({ phase: 'profile', phasePercent: 100, percent: 100 });
    });

    it('stops with ABORTED when its signal is aborted', async () => {
      const controller = new AbortController();
      const run = runSegmentation(candidates, { k: 3, signal: controller.signal }, (p) => {
        if (p.phase === 'select_k') controller.abort();
      });
      await expect(run).rejects.toMatchObject({ code: 'ABORTED' });
    });
  });

  describe('determinism', () => {
    // Overlapping archetypes and a k that does not match them: the outcome depends on the
    // k-means++ draws, so only a truly seeded run repeats itself.
    const { candidates } = generateSyntheticCandidates(1000, { seed: 4 });
    const options = { seed: 9, kMax: 6, silhouetteSampleSize: 500, mapSampleSize: 300, sampleCap: 800 };

    it('gives identical results for the same data and seed', async () => {
      const a = await runSegmentation(candidates, options);
      const b = await runSegmentation(candidates, options);
      expect(Array.from(b.labels)).toEqual(Array.from(a.labels));
      expect(JSON.stringify(b.model)).toBe(JSON.stringify(a.model));
      expect(b.map).toEqual(a.map);
      expect(b.profiles).toEqual(a.profiles);
    });

    it('depends on the seed', async () => {
      const a = await runSegmentation(candidates, { ...options, k: 6 });
      const b = await runSegmentation(candidates, { ...options, k: 6, seed: 10 });
      expect(JSON.stringify(b.model.centroids)).not.toBe(JSON.stringify(a.model.centroids));
    });
  });

  describe('edge cases', () => {
    it('rejects zero candidates with a clear error', async () => {
      await expect(runSegmentation([])).rejects.toThrow(SegmentationError);
      await expect(runSegmentation([])).rejects.toMatchObject({ code: 'NO_CANDIDATES' });
    });

    it('rejects a fixed k larger than the number of candidates (no silent clamping)', async () => {
      const few = [candidate({ id: 'a' }), candidate({ id: 'b', skills: ['React'] })];
      await expect(runSegmentation(few, { k: 3 })).rejects.toMatchObject({ code: 'TOO_FEW_CANDIDATES' });
    });

    it('narrows the automatic range when there are fewer candidates than kMax', async () => {
      const few = ['Java', 'React', 'Go', 'Rust'].map((s, i) => candidate({ id: `c${i}`, skills: [s, s], yearsExperience: i * 5 }));
      const result = await runSegmentation(few);
      expect(result.model.silhouetteByK.map((s) => s.k)).toEqual([2, 3]);
      expect(result.notes.join()).toMatch(/capped/);
    });

    it('gives one segment for identical candidates, and refuses a fixed k > 1 on them', async () => {
      const same = Array.from({ length: 30 }, (_, i) => candidate({ id: `c${i}` }));
      const result = await runSegmentation(same);
      expect(result.model.k).toBe(1);
      expect(Array.from(new Set(result.labels))).toEqual([0]);
      expect(result.model.metrics.silhouette).toBeNull();
      expect(result.profiles[0].size).toBe(30);
      await expect(runSegmentation(same, { k: 2 })).rejects.toMatchObject({ code: 'TOO_FEW_CANDIDATES' });
    });

    it('copes with missing fields and empty skills everywhere', async () => {
      const sparse = planted(400, 3).candidates.map((c, i) => ({
        ...c,
        yearsExperience: i % 2 ? null : c.yearsExperience,
        desiredSalary: i % 3 ? null : c.desiredSalary,
        countryCode: null,
        region: null,
        seekingStatus: null,
        skills: i % 4 ? c.skills : [],
      }));
      const result = await runSegmentation(sparse, { k: 3 });
      expect(result.model.metrics.sizes.reduce((s, x) => s + x, 0)).toBe(400);
      expect(result.distances.every(Number.isFinite)).toBe(true);
      expect(result.profiles.every((p) => p.topCountries.length === 0)).toBe(true);
    });

    it('rejects invalid options', async () => {
      const some = planted(50, 2).candidates;
      await expect(runSegmentation(some, { k: 0 })).rejects.toMatchObject({ code: 'INVALID_OPTIONS' });
      await expect(runSegmentation(some, { kMin: 5, kMax: 3 })).rejects.toMatchObject({ code: 'INVALID_OPTIONS' });
    });
  });
});
