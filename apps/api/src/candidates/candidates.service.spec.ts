import { EventEmitter2 } from '@nestjs/event-emitter';
import type { AuditService } from '../audit';
import type { Principal } from '../auth';
import { CANDIDATE_ERASED, CANDIDATE_UPSERTED } from './candidate-events';
import type { CandidateColumns, CandidatesRepository } from './candidates.repository';
import { CandidatesService } from './candidates.service';
import { CandidateDto } from './dto/candidate.dto';
import type { Candidate } from './entities/candidate.entity';

/** The candidates table as a Map: what CandidatesService needs of CandidatesRepository. */
class FakeCandidates {
  readonly rows = new Map<string, Candidate>();
  readonly updates: Array<Partial<CandidateColumns>> = [];
  private next = 1;

  async insert(columns: CandidateColumns): Promise<string> {
    const id = `00000000-0000-4000-8000-${String(this.next++).padStart(12, '0')}`;
    this.rows.set(id, { ...columns, id, createdAt: new Date(), updatedAt: new Date() });
    return id;
  }
  async update(id: string, changes: Partial<CandidateColumns>): Promise<void> {
    this.updates.push(changes);
    Object.assign(this.rows.get(id)!, changes);
  }
  async findRow(id: string) {
    return this.rows.get(id) ?? null;
  }
  async findOne(id: string) {
    const row = this.rows.get(id);
    // The service only passes the read on: the stored columns stand in for the DTO PostgreSQL writes.
    return row ? ({ ...row, segmentId: null } as unknown as CandidateDto) : null;
  }
  async erase(id: string, tx: unknown): Promise<boolean> {
    expect(tx).toBe('tx');
    return this.rows.delete(id);
  }
  transaction<T>(fn: (tx: unknown) => Promise<T>): Promise<T> {
    return fn('tx');
  }
}

function setup() {
  const repo = new FakeCandidates();
  const audited: string[] = [];
  const audit = { record: async (entry: { action: string }, tx: unknown) => void audited.push(`${entry.action}:${String(tx)}`) } as unknown as AuditService;
  const events = new EventEmitter2();
  const emitted: string[] = [];
  events.onAny((name) => emitted.push(String(name)));
  const service = new CandidatesService(repo as unknown as CandidatesRepository, audit, events);
  return { repo, service, audited, emitted };
}

const principal = { kind: 'session', id: 'u1', role: 'admin' } as unknown as Principal;

describe('CandidatesService (repository replaced by a fake)', () => {
  it('creates with the primary skill defaulted and the consent time, and announces the candidate', async () => {
    const { service, repo, emitted } = setup();
    const dto = await service.create({ fullName: 'Ana Gómez', email: 'ana@example.com', marketingConsent: true, skills: ['java', 'sql'] });
    expect(dto.primarySkill).toBe('java');
    expect(repo.rows.get(dto.id)!.marketingConsentAt).toBeInstanceOf(Date);
    expect(emitted).toEqual([CANDIDATE_UPSERTED]);
  });

  it('a PATCH that changes nothing writes nothing; a change writes only the changed columns', async () => {
    const { service, repo } = setup();
    const { id } = await service.create({ fullName: 'Li Wei', email: 'li@example.com' });
    await service.update(id, { fullName: 'Li Wei' });
    expect(repo.updates).toEqual([]);
    await service.update(id, { yearsExperience: 4 });
    expect(repo.updates).toEqual([{ yearsExperience: 4 }]);
  });

  it('refuses inconsistent input with 400 before writing', async () => {
    const { service, repo } = setup();
    await expect(service.create({ fullName: 'X', email: 'x@example.com', desiredSalary: 50000 })).rejects.toMatchObject({ status: 400 });
    expect(repo.rows.size).toBe(0);
    const { id } = await service.create({ fullName: 'Y', email: 'y@example.com', desiredSalary: 50000, desiredSalaryCurrency: 'EUR' });
    await expect(service.update(id, { desiredSalaryCurrency: null })).rejects.toMatchObject({ status: 400 });
    expect(repo.updates).toEqual([]);
  });

  it('erases in one transaction with its audit record, then announces it; 404 for an unknown id', async () => {
    const { service, repo, audited, emitted } = setup();
    const { id } = await service.create({ fullName: 'Gone', email: 'gone@example.com' });
    await service.erase(id, principal, '127.0.0.1');
    expect(repo.rows.has(id)).toBe(false);
    expect(audited).toEqual(['candidate.erased:tx']);
    expect(emitted.at(-1)).toBe(CANDIDATE_ERASED);
    await expect(service.erase(id, principal, '127.0.0.1')).rejects.toMatchObject({ status: 404 });
    expect(audited).toHaveLength(1);
  });
});
