import type { EventEmitter2 } from '@nestjs/event-emitter';
import type { EntityManager } from 'typeorm';
import type { AuditService } from '../audit';
import type { Principal } from '../auth';
import type { Job } from './entities/job.entity';
import { JOB_CLOSED } from './job-events';
import { JobLifecycleService } from './job-lifecycle.service';
import type { JobsRepository } from './jobs.repository';
import { JobsService } from './jobs.service';

const principal = { kind: 'session', id: 'u1', label: 'r@x', role: 'recruiter' } as unknown as Principal;

function setup(job: Partial<Job>) {
  const manager = {} as EntityManager;
  const stored = { id: 'j1', title: 'Nurse', closingDate: null, openedAt: null, closedAt: null, archivedAt: null, skills: [], benefits: [], createdAt: new Date(), updatedAt: new Date(), ...job } as Job;
  const repo = {
    transaction: jest.fn((work: (m: EntityManager) => unknown) => work(manager)),
    findById: jest.fn(async () => stored),
    save: jest.fn(async (_m: EntityManager, j: Job) => j),
    delete: jest.fn(),
  };
  const audit = { record: jest.fn() } as unknown as AuditService;
  const events = { emitAsync: jest.fn() } as unknown as EventEmitter2;
  const jobs = new JobsService(repo as unknown as JobsRepository, audit);
  return { service: new JobLifecycleService(repo as unknown as JobsRepository, jobs, audit, events), repo, events, stored, manager };
}

describe('JobLifecycleService with a fake repository', () => {
  it('closes an open job under the row lock, then emits job.closed', async () => {
    const { service, repo, events, manager } = setup({ status: 'open' });
    const dto = await service.transition('j1', { to: 'closed', reason: 'hired elsewhere' }, principal, 'ip');
    expect(dto.status).toBe('closed');
    expect(repo.findById).toHaveBeenCalledWith('j1', manager);
    expect(repo.save).toHaveBeenCalledWith(manager, expect.objectContaining({ status: 'closed', closedAt: expect.any(Date) }));
    expect(events.emitAsync).toHaveBeenCalledWith(JOB_CLOSED, { jobId: 'j1', status: 'closed', from: 'open', reason: 'hired elsewhere' });
  });

  it('refuses a transition the table does not allow (409) and writes nothing', async () => {
    const { service, repo, events } = setup({ status: 'draft' });
    await expect(service.transition('j1', { to: 'filled' }, principal, 'ip')).rejects.toMatchObject({ response: { status: 409 } });
    expect(repo.save).not.toHaveBeenCalled();
    expect(events.emitAsync).not.toHaveBeenCalled();
  });

  it('deletes a draft but archives anything else', async () => {
    const draft = setup({ status: 'draft' });
    await draft.service.remove('j1', principal, 'ip');
    expect(draft.repo.delete).toHaveBeenCalledWith(draft.manager, 'j1');
    const open = setup({ status: 'open' });
    await open.service.remove('j1', principal, 'ip');
    expect(open.repo.delete).not.toHaveBeenCalled();
    expect(open.repo.save).toHaveBeenCalledWith(open.manager, expect.objectContaining({ status: 'archived', archivedAt: expect.any(Date) }));
  });
});
