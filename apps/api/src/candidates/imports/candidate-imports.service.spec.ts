import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditService } from '../../audit';
import type { Principal } from '../../auth';
import type { AppConfig } from '../../config/config.module';
import { ProblemException } from '../../common/problem';
import type { CandidateImportQueue } from './candidate-import.queue';
import type { CandidateImportsRepository } from './candidate-imports.repository';
import { CandidateImportsService } from './candidate-imports.service';
import { FakeImportStore } from '../../../test/support/fake-import-store';

const principal = { kind: 'session', id: '00000000-0000-4000-8000-0000000000aa', role: 'recruiter' } as unknown as Principal;

function upload(): Express.Multer.File {
  const path = join(mkdtempSync(join(tmpdir(), 'import-upload-')), 'u.csv');
  writeFileSync(path, 'full_name,email\nA,a@example.com\n');
  return { path, originalname: 'people.csv', size: 30 } as Express.Multer.File;
}

function setup(queue: Partial<CandidateImportQueue>) {
  const store = new FakeImportStore('');
  let created = 0;
  const imports = {
    createQueued: async (fields: object) => (created++, Object.assign(store.row, fields)),
    markFailed: (id: string, message: string) => store.markFailed(id, message),
  } as unknown as CandidateImportsRepository;
  const audit = { record: async () => undefined } as unknown as AuditService;
  const config = { defaultSalaryCurrency: 'USD' } as AppConfig;
  const service = new CandidateImportsService(imports, { available: true, enqueue: async () => undefined, ...queue } as CandidateImportQueue, audit, config);
  return { service, store, created: () => created };
}

async function problemOf(promise: Promise<unknown>): Promise<ProblemException> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ProblemException);
  return error as ProblemException;
}

describe('CandidateImportsService.create (repository and queue replaced)', () => {
  it('queues the import under its own id', async () => {
    const enqueued: string[] = [];
    const { service, store } = setup({ enqueue: async (id: string) => void enqueued.push(id) });
    const file = upload();
    const dto = await service.create(file, {}, principal, '127.0.0.1');
    expect(dto.status).toBe('queued');
    expect(enqueued).toEqual([store.row.id]);
    expect(existsSync(file.path)).toBe(true);
  });

  it('refuses with 503 + Retry-After before writing anything when Redis is known to be down, and deletes the file', async () => {
    const { service, created } = setup({ available: false });
    const file = upload();
    const problem = await problemOf(service.create(file, {}, principal, '127.0.0.1'));
    expect(problem.getStatus()).toBe(503);
    expect(problem.getResponse()).toMatchObject({ retryAfter: expect.any(Number) });
    expect(created()).toBe(0);
    expect(existsSync(file.path)).toBe(false);
  });

  it('when the enqueue fails, marks the import failed, deletes the file and answers 503', async () => {
    const { service, store } = setup({ enqueue: async () => Promise.reject(new Error('queue did not answer within 1500 ms')) });
    const file = upload();
    const problem = await problemOf(service.create(file, {}, principal, '127.0.0.1'));
    expect(problem.getStatus()).toBe(503);
    expect(store.row.status).toBe('failed');
    expect(existsSync(file.path)).toBe(false);
  });

  it('a malformed upload is a 422 naming the file field, and is deleted', async () => {
    const { service } = setup({});
    const file = upload();
    writeFileSync(file.path, Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x02]));
    const problem = await problemOf(service.create(file, {}, principal, '127.0.0.1'));
    expect(problem.getStatus()).toBe(422);
    expect(problem.getResponse()).toMatchObject({ errors: [{ field: 'file' }] });
    expect(existsSync(file.path)).toBe(false);
  });
});
