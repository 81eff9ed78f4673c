import type { CandidateFeaturesRepository } from '../pipeline/candidate-features.repository';
import type { SegmentationRunsRepository } from '../runs/segmentation-runs.repository';
import type { ModelCache } from './active-model.cache';
import { CandidatePlacement } from './candidate-placement';
import type { SegmentAssignmentsRepository } from './segment-assignments.repository';

jest.mock('@adflux/segmentation', () => ({ ...jest.requireActual('@adflux/segmentation'), assign: (_model: unknown, candidates: Array<{ id: string }>) => candidates.map((c) => ({ id: c.id, segment: 0, distance: 1 })) }));

function setup(activeId: string | null) {
  const tx = { client: { name: 'client' }, manager: {} };
  const runs = {
    transaction: jest.fn((work: (t: typeof tx) => unknown) => work(tx)),
    lockActivationShared: jest.fn(),
    findActiveId: jest.fn(async () => activeId),
    findStartedAt: jest.fn(async () => new Date('2026-12-01T00:00:00Z')),
    isActiveSince: jest.fn(async () => true),
    markCandidatesSynced: jest.fn(),
  };
  const features = {
    loadByIds: jest.fn(async (_c: unknown, ids: readonly string[]) => ids.map((id) => ({ id }))),
    staleForRun: jest.fn(async () => ['c1', 'c2', 'c3']),
  };
  const assignments = { writeCurrent: jest.fn() };
  const models = { get: jest.fn(async () => ({})) };
  const placement = new CandidatePlacement(
    runs as unknown as SegmentationRunsRepository, features as unknown as CandidateFeaturesRepository,
    assignments as unknown as SegmentAssignmentsRepository, models as unknown as ModelCache,
  );
  return { placement, runs, features, assignments, tx };
}

describe('CandidatePlacement with fake repositories', () => {
  it('places new candidates with the active run under the shared activation lock', async () => {
    const { placement, runs, assignments, tx } = setup('run-1');
    expect(await placement.assignCandidates(['c1', 'c2'])).toBe(2);
    expect(runs.lockActivationShared).toHaveBeenCalledWith(tx);
    expect(assignments.writeCurrent).toHaveBeenCalledWith(tx, 'run-1', [{ id: 'c1', segment: 0, distance: 1 }, { id: 'c2', segment: 0, distance: 1 }]);
  });

  it('does nothing without an active run', async () => {
    const { placement, features, assignments } = setup(null);
    expect(await placement.assignCandidates(['c1'])).toBe(0);
    expect(features.loadByIds).not.toHaveBeenCalled();
    expect(assignments.writeCurrent).not.toHaveBeenCalled();
  });

  it('places the candidates an activated run never saw, then records the sync; stops when superseded', async () => {
    const at = new Date('2026-12-02T00:00:00Z');
    const current = setup('run-1');
    expect(await current.placement.placeUnseen('run-1', at)).toBe('placed');
    expect(current.assignments.writeCurrent).toHaveBeenCalledTimes(1);
    expect(current.runs.markCandidatesSynced).toHaveBeenCalledWith('run-1', at, expect.any(Number));

    const superseded = setup('run-2');
    superseded.runs.isActiveSince.mockResolvedValue(false);
    expect(await superseded.placement.placeUnseen('run-1', at)).toBe('superseded');
    expect(superseded.assignments.writeCurrent).not.toHaveBeenCalled();
    expect(superseded.runs.markCandidatesSynced).not.toHaveBeenCalled();
  });
});
