import type { AuditService } from '../audit';
import type { Principal } from '../auth';
import { loadConfig } from '../config/app-config';
import type { DataGenerationRunsRepository } from './data-generation-runs.repository';
import type { DataGenerationQueue } from './data-generation.queue';
import { DataGenerationReconciler } from './data-generation.reconciler';
import { DataGenerationService } from './data-generation.service';
import type { DataGenerationRun } from './entities/data-generation-run.entity';

const principal = { kind: 'session', id: 'u1', label: 'r@x', role: 'recruiter' } as unknown as Principal;

function setup(config = loadConfig({})) {
  const runs = {
    insert: jest.fn(async (fields: Partial<DataGenerationRun>) => ({ ...fields, id: 'run-1', createdAt: new Date(), startedAt: null, finishedAt: null, error: null }) as DataGenerationRun),
    markFailed: jest.fn(),
    findById: jest.fn(),
    findUnfinished: jest.fn(),
  };
  const queue = { enqueueRun: jest.fn(), ensureRun: jest.fn() };
  const audit = { record: jest.fn() } as unknown as AuditService;
  const service = new DataGenerationService(runs as unknown as DataGenerationRunsRepository, queue as unknown as DataGenerationQueue, audit, config);
  return { service, runs, queue };
}

describe('DataGenerationService with a fake repository and queue', () => {
  it('stores a queued run and enqueues it by id', async () => {
    const { service, runs, queue } = setup();
    const dto = await service.create({ jobs: 2, candidates: 3, seed: 7 }, principal, 'ip');
    expect(dto).toMatchObject({ id: 'run-1', status: 'queued', generator: 'offline', seed: 7 });
    expect(runs.insert).toHaveBeenCalledWith(expect.objectContaining({ status: 'queued', jobsRequested: 2, candidatesRequested: 3, createdBy: 'u1' }));
    expect(queue.enqueueRun).toHaveBeenCalledWith('run-1');
  });

  it('answers 503 and marks the run failed when the queue is away', async () => {
    const { service, runs, queue } = setup();
    queue.enqueueRun.mockRejectedValue(new Error('ECONNREFUSED'));
    await expect(service.create({ candidates: 3 }, principal, 'ip')).rejects.toMatchObject({ response: { status: 503 } });
    expect(runs.markFailed).toHaveBeenCalledWith('run-1', expect.stringMatching(/could not be queued/));
  });

  it('reads the generator from the injected config: Gemini caps the run size (422)', async () => {
    const { service, runs } = setup(loadConfig({ GEMINI_API_KEY: 'k' }));
    await expect(service.create({ candidates: 100_000 }, principal, 'ip')).rejects.toMatchObject({ response: { status: 422 } });
    expect(runs.insert).not.toHaveBeenCalled();
  });

  it('404 for an unknown run', async () => {
    const { service, runs } = setup();
    runs.findById.mockResolvedValue(null);
    await expect(service.get('x')).rejects.toMatchObject({ response: { status: 404 } });
  });
});

describe('DataGenerationReconciler with fakes', () => {
  it('re-enqueues runs without a live job and counts the live ones', async () => {
    const { runs, queue } = setup();
    runs.findUnfinished.mockResolvedValue([{ id: 'a', status: 'queued' }, { id: 'b', status: 'running' }, { id: 'c', status: 'running' }]);
    queue.ensureRun.mockImplementation(async (id: string) => (id === 'b' ? 'live' : 'enqueued'));
    const reconciler = new DataGenerationReconciler(runs as unknown as DataGenerationRunsRepository, queue as unknown as DataGenerationQueue);
    expect(await reconciler.run({ graceMs: 5 })).toEqual({ enqueued: 2, live: 1 });
    expect(runs.findUnfinished).toHaveBeenCalledWith(5);
  });
});
