import { QueryFailedError } from 'typeorm';
import type { AuditService } from '../../audit';
import type { Principal } from '../../auth';
import type { SegmentationRun } from '../entities/segmentation-run.entity';
import type { SegmentsRepository } from '../segments.repository';
import type { SegmentationQueue } from '../segments.queue';
import type { SegmentActivation } from './segment-activation';
import type { SegmentationRunsRepository } from './segmentation-runs.repository';
import { SegmentationRunsService } from './segmentation-runs.service';

const principal = { kind: 'session', id: 'u1', label: 'r@x', role: 'recruiter' } as unknown as Principal;
const run = (extra: Partial<SegmentationRun> = {}) => ({
  id: 'r1', status: 'queued', trigger: 'manual', parameters: { kMin: 2, kMax: 8 }, progress: 0, active: false, silhouetteByK: [], sizes: [], notes: [], timings: {},
  createdAt: new Date(), requestedByLabel: 'r@x', ...extra,
}) as unknown as SegmentationRun;

function setup() {
  const tx = { client: { name: 'client' }, manager: { name: 'manager' } };
  const runs = {
    transaction: jest.fn((work: (t: typeof tx) => unknown) => work(tx)),
    insertQueued: jest.fn(async () => run()),
    findInFlight: jest.fn(async () => [run({ id: 'other' })]),
    lockStatus: jest.fn(async () => 'succeeded'),
    findOne: jest.fn(async () => run({ status: 'succeeded', active: true })),
    findActive: jest.fn(async () => null),
  };
  const activation = { activate: jest.fn(async () => new Date('2026-12-01T00:00:00Z')) };
  const queue = { enqueueRun: jest.fn(), enqueuePlacement: jest.fn() };
  const audit = { record: jest.fn() };
  const service = new SegmentationRunsService(
    runs as unknown as SegmentationRunsRepository, {} as SegmentsRepository, activation as unknown as SegmentActivation,
    queue as unknown as SegmentationQueue, audit as unknown as AuditService,
  );
  return { service, runs, activation, queue, audit, tx };
}

describe('SegmentationRunsService with fake repositories', () => {
  it('inserts a queued run with its audit record in one transaction, then enqueues it', async () => {
    const { service, runs, queue, audit, tx } = setup();
    const dto = await service.request({ kMin: 2, kMax: 8 }, principal, 'ip');
    expect(dto.id).toBe('r1');
    expect(runs.insertQueued).toHaveBeenCalledWith(tx, expect.objectContaining({ trigger: 'manual', requestedBy: 'u1', requestedByLabel: 'r@x' }));
    expect(audit.record).toHaveBeenCalledWith(expect.objectContaining({ action: 'segmentation_run.requested' }), tx.manager);
    expect(queue.enqueueRun).toHaveBeenCalledWith('r1');
  });

  it('answers 409 naming the run in flight when the one-in-flight index refuses the insert', async () => {
    const { service, runs, queue } = setup();
    runs.insertQueued.mockRejectedValue(Object.assign(new QueryFailedError('INSERT', [], new Error('dup')), { driverError: { code: '23505', constraint: 'segmentation_runs_one_in_flight' } }));
    await expect(service.request({}, principal, 'ip')).rejects.toMatchObject({ response: { status: 409, runId: 'other' } });
    expect(queue.enqueueRun).not.toHaveBeenCalled();
    expect(await service.requestScheduled('2026-12-01T03:00:00.000Z')).toBeNull();
  });

  it('activates only succeeded runs, under the row lock, and enqueues the placement of unseen candidates', async () => {
    const { service, runs, activation, queue, tx } = setup();
    await service.activate('r1', principal, 'ip');
    expect(runs.lockStatus).toHaveBeenCalledWith(tx, 'r1');
    expect(activation.activate).toHaveBeenCalledWith(tx, 'r1');
    expect(queue.enqueuePlacement).toHaveBeenCalledWith('r1', new Date('2026-12-01T00:00:00Z'));

    runs.lockStatus.mockResolvedValue('running');
    await expect(service.activate('r1', principal, 'ip')).rejects.toMatchObject({ response: { status: 409, runStatus: 'running' } });
    runs.lockStatus.mockResolvedValue(null as unknown as string);
    await expect(service.activate('r1', principal, 'ip')).rejects.toMatchObject({ response: { status: 404 } });
  });
});
