import type { CandidateImportQueue } from './candidate-import.queue';
import { CandidateImportReconciler } from './candidate-import.reconciler';
import type { CandidateImportsRepository } from './candidate-imports.repository';

const imports = (ids: string[]) => ({ findIdleUnfinished: async () => ids.map((id) => ({ id, status: 'running' as const })) }) as unknown as CandidateImportsRepository;

describe('CandidateImportReconciler', () => {
  it('re-enqueues idle unfinished imports whose job is gone and leaves live ones', async () => {
    const ensured: string[] = [];
    const queue = { ensure: async (id: string) => (ensured.push(id), id === 'live' ? 'live' : 'added') } as unknown as CandidateImportQueue;
    const report = await new CandidateImportReconciler(imports(['lost-1', 'live', 'lost-2']), queue).run();
    expect(report).toEqual({ enqueued: 2, live: 1 });
    expect(ensured).toEqual(['lost-1', 'live', 'lost-2']);
  });

  it('asks the repository for imports idle longer than the given time', async () => {
    const seen: number[] = [];
    const repo = { findIdleUnfinished: async (idleMs: number) => (seen.push(idleMs), []) } as unknown as CandidateImportsRepository;
    await new CandidateImportReconciler(repo, {} as CandidateImportQueue).run({ idleMs: 5 });
    await new CandidateImportReconciler(repo, {} as CandidateImportQueue).run();
    expect(seen).toEqual([5, 30_000]);
  });
});
