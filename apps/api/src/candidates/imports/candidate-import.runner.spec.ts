import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventEmitter2 } from '@nestjs/event-emitter';
import type { AppConfig } from '../../config/config.module';
import type { CandidatesService } from '../candidates.service';
import { CandidateImportRunner } from './candidate-import.runner';
import type { CandidateImportsRepository } from './candidate-imports.repository';
import type { ImportBatchesRepository } from './import-batches.repository';
import { FakeImportStore } from '../../../test/support/fake-import-store';

const HEADER = 'full_name,email,years_experience';
const rows = (n: number) => Array.from({ length: n }, (_, i) => `Person ${i + 1},p${i + 1}@example.com,${i % 30}`);

function setup(content: string, batchSize = 2) {
  const dir = mkdtempSync(join(tmpdir(), 'import-runner-'));
  const filePath = join(dir, 'upload.csv');
  writeFileSync(filePath, content);
  const store = new FakeImportStore(filePath);
  const announced: string[] = [];
  const events = { upserted: (ids: string[]) => announced.push(...ids) } as unknown as CandidatesService;
  const emitter = { emit: jest.fn() };
  const runner = new CandidateImportRunner(
    store as unknown as CandidateImportsRepository, store as unknown as ImportBatchesRepository, events, { candidateImportBatchSize: batchSize } as AppConfig,
    emitter as unknown as EventEmitter2,
  );
  // Every domain event the runner emitted, in order (progress for live updates, the end for notifications).
  const domainEvents = () => emitter.emit.mock.calls.filter(([name]) => name === 'candidate_import.progress') as Array<[string, { status: string; percent: number }]>;
  return { store, runner, filePath, announced, domainEvents, emitter };
}

describe('CandidateImportRunner (repositories replaced by an in-memory store)', () => {
  it('imports in batches, each committed with its checkpoint, then completes and deletes the file', async () => {
    const { store, runner, filePath, announced, domainEvents, emitter } = setup([HEADER, ...rows(5), 'No Email,,3'].join('\n'));
    const progress: number[] = [];
    await runner.run(store.row.id, (p) => progress.push(p));
    expect(store.row).toMatchObject({ status: 'completed', rowsProcessed: 6, createdCount: 5, rejectedCount: 1, totalRows: 6 });
    expect(store.commits.map((c) => c.recordsThrough)).toEqual([2, 4, 6]);
    expect(store.rejections.map((r) => [r.rowNumber, r.errors[0].field])).toEqual([[7, 'email']]);
    expect(store.row.columns).toEqual(['full_name', 'email', 'years_experience']);
    expect(announced).toHaveLength(5);
    expect(progress.at(-1)).toBe(100);
    expect(existsSync(filePath)).toBe(false);
    // Live updates hear each committed batch, then the end (after the row says completed).
    expect(domainEvents().map(([name, e]) => `${name}:${e.status}:${e.percent}`)).toEqual([
      'candidate_import.progress:running:33', 'candidate_import.progress:running:66', 'candidate_import.progress:running:99', 'candidate_import.progress:completed:100',
    ]);
    expect(emitter.emit).toHaveBeenCalledWith('candidate_import.finished', expect.objectContaining({ importId: store.row.id, fileName: 'upload.csv', created: 5, rejected: 1 }));
  });

  it('resumes after the last committed batch: every row written exactly once across a crash', async () => {
    const { store, runner } = setup([HEADER, ...rows(7)].join('\n'));
    store.failOnCommit = 3; // the third batch's transaction fails (connection lost)
    await expect(runner.run(store.row.id)).rejects.toThrow('connection lost');
    expect(store.row).toMatchObject({ status: 'running', rowsProcessed: 4, createdCount: 4 });
    await runner.run(store.row.id); // the Bull retry, or the job the reconciler re-queued
    expect(store.row).toMatchObject({ status: 'completed', rowsProcessed: 7, createdCount: 7 });
    expect([...store.writesPerEmail.values()].every((n) => n === 1)).toBe(true);
    expect(store.writesPerEmail.size).toBe(7);
  });

  it('rejects a repeated email in the file, pointing at its first line', async () => {
    const { store, runner } = setup([HEADER, 'A,a@example.com,1', 'B,b@example.com,2', 'A again,a@example.com,3'].join('\n'));
    await runner.run(store.row.id);
    expect(store.row).toMatchObject({ status: 'completed', createdCount: 2, rejectedCount: 1 });
    expect(store.rejections[0]).toMatchObject({ rowNumber: 4, email: 'a@example.com', errors: [{ field: 'email', message: 'appears earlier in this file (line 2)' }] });
  });

  it('writes audit-only demographic columns by email, never a duplicate row\'s', async () => {
    const { store, runner } = setup(['full_name,email,years_experience,age_band,gender', 'A,a@example.com,1,25-34,woman', 'B,b@example.com,2,,', 'A again,a@example.com,3,65+,man'].join('\n'));
    await runner.run(store.row.id);
    expect(store.row).toMatchObject({ status: 'completed', createdCount: 2, rejectedCount: 1 });
    expect(store.demographics).toEqual([{ email: 'a@example.com', demographics: { ageBand: '25-34', gender: 'woman' } }]);
  });

  it('leaves an import alone while another worker holds it', async () => {
    const { store, runner, filePath } = setup([HEADER, ...rows(3)].join('\n'));
    store.owned = false;
    await runner.run(store.row.id);
    expect(store.row).toMatchObject({ status: 'queued', rowsProcessed: 0 });
    expect(store.commits).toHaveLength(0);
    expect(existsSync(filePath)).toBe(true);
  });

  it('fails a malformed file for good (no retry) and deletes it', async () => {
    const { store, runner, filePath, domainEvents, emitter } = setup('just one line without an email column\n');
    await runner.run(store.row.id);
    expect(store.row.status).toBe('failed');
    expect(domainEvents().at(-1)).toEqual(['candidate_import.progress', { importId: store.row.id, status: 'failed', percent: 0 }]);
    expect(emitter.emit).toHaveBeenCalledWith('candidate_import.failed', expect.objectContaining({ importId: store.row.id, error: expect.stringMatching(/email/) }));
    expect(emitter.emit).not.toHaveBeenCalledWith('candidate_import.finished', expect.anything());
    expect(store.row.error).toMatch(/email/);
    expect(existsSync(filePath)).toBe(false);
  });

  it('does nothing for a finished import', async () => {
    const { store, runner } = setup([HEADER, ...rows(2)].join('\n'));
    store.row.status = 'completed';
    await runner.run(store.row.id);
    expect(store.commits).toHaveLength(0);
  });
});
