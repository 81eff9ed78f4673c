import type { CandidatesService } from '../candidates';
import { loadConfig } from '../config/app-config';
import type { JobsService } from '../jobs';
import type { DataGenerationRunsRepository, GenerationSession } from './data-generation-runs.repository';
import { DataGenerationRunner } from './data-generation.runner';
import type { DataGenerationRun } from './entities/data-generation-run.entity';

/** A jobs-only run of 450 offline jobs: batches of 200, 200, 50. */
function setup(run: Partial<DataGenerationRun>) {
  const stored = { id: 'r1', status: 'queued', seed: 3, jobsRequested: 450, candidatesRequested: 0, jobsProcessed: 0, candidatesProcessed: 0, itemsDropped: 0, ...run } as DataGenerationRun;
  const client = { query: jest.fn() };
  const session = { client, transaction: jest.fn((work: () => unknown) => work()) } as unknown as GenerationSession;
  const runs = {
    findById: jest.fn(async () => stored),
    markRunning: jest.fn(),
    markCompleted: jest.fn(),
    saveJobsBatch: jest.fn(),
    withSession: jest.fn((work: (s: GenerationSession) => unknown) => work(session)),
  };
  const jobs = { createMany: jest.fn(async (items: unknown[]) => items.map((_, i) => `j${i}`)) };
  const runner = new DataGenerationRunner(runs as unknown as DataGenerationRunsRepository, jobs as unknown as JobsService, {} as CandidatesService, loadConfig({}));
  return { runner, runs, jobs, client };
}

describe('DataGenerationRunner with fake repositories', () => {
  it('creates jobs through JobsService in the batch transaction, with replay-safe refs and the counters', async () => {
    const { runner, runs, jobs, client } = setup({});
    await runner.run('r1');
    expect(jobs.createMany).toHaveBeenCalledTimes(3);
    const [items, passedClient] = jobs.createMany.mock.calls[1] as unknown as [Array<{ externalRef: string }>, unknown];
    expect(passedClient).toBe(client);
    expect(items[0].externalRef).toBe('synthetic:r1:200');
    expect(runs.saveJobsBatch.mock.calls.map((c) => c[2])).toEqual([
      { processed: 200, created: 200, dropped: 0 }, { processed: 400, created: 200, dropped: 0 }, { processed: 450, created: 50, dropped: 0 },
    ]);
    expect(runs.markCompleted).toHaveBeenCalledWith('r1');
  });

  it('a resumed run skips the batches its row already counts as processed', async () => {
    const { runner, runs, jobs } = setup({ status: 'running', jobsProcessed: 400 });
    await runner.run('r1');
    expect(jobs.createMany).toHaveBeenCalledTimes(1);
    expect((jobs.createMany.mock.calls[0] as unknown as [Array<{ externalRef: string }>])[0][0].externalRef).toBe('synthetic:r1:400');
    expect(runs.saveJobsBatch.mock.calls.map((c) => c[2])).toEqual([{ processed: 450, created: 50, dropped: 0 }]);
  });

  it('does nothing for a finished run (a replayed job)', async () => {
    const { runner, runs } = setup({ status: 'completed' });
    await runner.run('r1');
    expect(runs.markRunning).not.toHaveBeenCalled();
  });
});
