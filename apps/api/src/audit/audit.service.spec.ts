import type { Tx } from '../database/transaction-retry';
import type { AuditRepository, NewAuditEntry } from './audit.repository';
import { AuditService } from './audit.service';
import { AuditEntry } from './audit-entry.entity';

describe('AuditService', () => {
  const inserted: { entry: NewAuditEntry; tx?: Tx }[] = [];
  let pageArgs: unknown[] = [];
  const rows = [3, 2, 1].map((id) => Object.assign(new AuditEntry(), { id: String(id), at: new Date(0), actorType: 'system', actorId: null, actorLabel: 'system', action: 'x', targetType: null, targetId: null, ip: null, details: {} }));
  const repo = {
    insert: async (entry: NewAuditEntry, tx?: Tx) => void inserted.push({ entry, tx }),
    page: async (...args: unknown[]) => ((pageArgs = args), rows),
  } as unknown as AuditRepository;
  const service = new AuditService(repo);

  beforeEach(() => (inserted.length = 0));

  it('records who did it: a principal, an anonymous label (failed login) or the system', async () => {
    const tx = {} as Tx;
    await service.record({ action: 'user.created', principal: { kind: 'session', id: 'u1', label: 'a@b.co', role: 'admin' }, ip: '::1' }, tx);
    await service.record({ action: 'auth.login_failed', actorLabel: 'x@y.co' });
    await service.record({ action: 'job.expired' });
    expect(inserted.map((i) => [i.entry.actorType, i.entry.actorId, i.entry.actorLabel])).toEqual([['user', 'u1', 'a@b.co'], ['anonymous', null, 'x@y.co'], ['system', null, 'system']]);
    expect(inserted[0].tx).toBe(tx);
    expect(inserted[0].entry).toMatchObject({ action: 'user.created', ip: '::1', targetType: null, details: {} });
  });

  it('pages newest first with a cursor on the id', async () => {
    const page = await service.list(2, undefined, 'x');
    expect(pageArgs).toEqual([2, undefined, 'x']);
    expect(page.items.map((i) => i.id)).toEqual(['3', '2']);
    await service.list(2, page.nextCursor!);
    expect(pageArgs[1]).toBe('2');
  });
});
