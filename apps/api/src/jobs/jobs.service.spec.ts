import type { EntityManager } from 'typeorm';
import type { AuditService } from '../audit';
import type { Principal } from '../auth';
import type { CreateJobDto } from './dto/create-job.dto';
import type { Job } from './entities/job.entity';
import type { JobsRepository } from './jobs.repository';
import { JobsService } from './jobs.service';

const dto = (extra: Partial<CreateJobDto> = {}): CreateJobDto => ({
  title: 'Nurse', description: 'Care', shortDescription: 'Care', company: 'Clinic', countryCode: 'ES', remote: 'onsite',
  employmentType: 'full_time', experienceLevel: 'mid', ...extra,
}) as CreateJobDto;
const principal = { kind: 'session', id: 'u1', label: 'r@x', role: 'recruiter' } as unknown as Principal;

/** A repository that keeps rows in memory: the service is tested without a database. */
function fakeRepository() {
  const manager = {} as EntityManager;
  const saved: Partial<Job>[] = [];
  const inserted: Array<{ rows: readonly Partial<Job>[]; client: unknown }> = [];
  const repo = {
    transaction: jest.fn((work: (m: EntityManager) => unknown) => work(manager)),
    save: jest.fn(async (_m: EntityManager, job: Partial<Job>) => {
      saved.push(job);
      return { ...job, id: 'job-1', createdAt: new Date(), updatedAt: new Date() } as Job;
    }),
    insertMany: jest.fn(async (rows: readonly Partial<Job>[], client?: unknown) => {
      inserted.push({ rows, client });
      return rows.map((_, i) => `id-${i}`);
    }),
    findById: jest.fn(),
  };
  return { repo, manager, saved, inserted };
}

describe('JobsService with a fake repository', () => {
  const audit = { record: jest.fn() } as unknown as AuditService;

  it('creates a draft with defaults and its audit record in one transaction', async () => {
    const { repo, manager, saved } = fakeRepository();
    const service = new JobsService(repo as unknown as JobsRepository, audit);
    const created = await service.create(dto(), principal, '1.2.3.4');
    expect(created.id).toBe('job-1');
    expect(saved[0]).toMatchObject({ status: 'draft', skills: [], openings: 1, createdBy: 'u1', openedAt: null, externalRef: null });
    expect(audit.record).toHaveBeenCalledWith(expect.objectContaining({ action: 'job.created', targetId: 'job-1' }), manager);
  });

  it('createMany maps each job like create, sets status times and refs, and passes the caller transaction on', async () => {
    const { repo, saved, inserted } = fakeRepository();
    const service = new JobsService(repo as unknown as JobsRepository, audit);
    await service.create(dto(), principal, 'ip');
    const at = new Date('2026-03-01T00:00:00Z');
    const client = { query: jest.fn() };
    const ids = await service.createMany([{ job: dto(), status: 'open', createdAt: at, externalRef: 'gen:1' }, { job: dto(), status: 'draft', externalRef: 'gen:2' }], client);
    expect(ids).toEqual(['id-0', 'id-1']);
    expect(inserted[0].client).toBe(client);
    const [open, draft] = inserted[0].rows;
    expect(open).toMatchObject({ status: 'open', openedAt: at, createdAt: at, updatedAt: at, externalRef: 'gen:1', createdBy: null });
    expect(draft).toMatchObject({ status: 'draft', openedAt: null, externalRef: 'gen:2' });
    expect(draft.createdAt).toBeUndefined(); // the database's now()
    // Same defaults as the API path, field for field.
    const { status: _a, createdBy: _b, externalRef: _c, ...fromApi } = saved[0];
    const { status: _d, createdBy: _e, externalRef: _f, ...fromBulk } = draft;
    expect(fromBulk).toEqual(fromApi);
  });

  it('createMany refuses what create refuses (422), writing nothing', async () => {
    const { repo } = fakeRepository();
    const service = new JobsService(repo as unknown as JobsRepository, audit);
    await expect(service.createMany([{ job: dto({ salaryMin: 10 }), status: 'draft', externalRef: 'x' }])).rejects.toMatchObject({ response: { status: 422 } });
    expect(repo.insertMany).not.toHaveBeenCalled();
  });

  it('answers 404 for an unknown job', async () => {
    const { repo } = fakeRepository();
    repo.findById.mockResolvedValue(null);
    await expect(new JobsService(repo as unknown as JobsRepository, audit).getById('nope')).rejects.toMatchObject({ response: { status: 404 } });
  });
});
