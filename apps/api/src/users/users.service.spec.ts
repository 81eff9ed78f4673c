import type { Tx } from '../database/transaction-retry';
import type { AuditRecord, AuditService } from '../audit';
import type { PasswordService, Principal, SessionsService } from '../auth';
import { ProblemException } from '../common/problem';
import type { Role } from '../common/roles';
import { User } from './user.entity';
import type { UserChanges, UsersRepository } from './users.repository';
import { UsersService } from './users.service';

const TX = {} as Tx;

/** In-memory users table standing in for the repository. */
class FakeUsers {
  rows = new Map<string, User>();
  updates: { id: string; changes: UserChanges }[] = [];

  add(id: string, role: Role, active = true): User {
    const user = Object.assign(new User(), { id, email: `${id}@x.co`, name: id, role, active, lastLoginAt: null, createdAt: new Date(0), updatedAt: new Date(0) });
    this.rows.set(id, user);
    return user;
  }
  transaction = <T>(work: (tx: Tx) => Promise<T>) => work(TX);
  lockActiveAdmins = async () => [...this.rows.values()].filter((u) => u.role === 'admin' && u.active).map((u) => u.id);
  lockById = async (_: Tx, id: string) => (this.rows.has(id) ? { ...this.rows.get(id)! } : null);
  update = async (_: Tx, id: string, changes: UserChanges) => {
    this.updates.push({ id, changes });
    Object.assign(this.rows.get(id)!, changes);
  };
}

const admin = (id: string): Principal => ({ kind: 'session', id, label: `${id}@x.co`, role: 'admin' });

describe('UsersService.update', () => {
  let users: FakeUsers;
  let revoked: string[];
  let audited: AuditRecord[];
  let service: UsersService;

  beforeEach(() => {
    users = new FakeUsers();
    revoked = [];
    audited = [];
    const sessions = { revokeAllForUser: async (id: string) => (revoked.push(id), 1) } as unknown as SessionsService;
    const audit = { record: async (r: AuditRecord) => void audited.push(r) } as unknown as AuditService;
    service = new UsersService(users as unknown as UsersRepository, {} as PasswordService, sessions, audit);
  });

  const status = (promise: Promise<unknown>) => promise.then(() => 200, (e: unknown) => (e instanceof ProblemException ? e.getStatus() : 500));

  it('returns every field of the user, not only the ones sent', async () => {
    users.add('a', 'admin');
    users.add('b', 'viewer');
    const dto = await service.update('b', { name: 'Bea' }, admin('a'), '::1');
    expect(dto).toMatchObject({ id: 'b', name: 'Bea', role: 'viewer', active: true });
    expect(users.updates).toEqual([{ id: 'b', changes: { name: 'Bea' } }]);
    expect(revoked).toEqual([]);
    expect(audited.map((r) => r.action)).toEqual(['user.updated']);
  });

  it('refuses to demote or deactivate the last other active admin', async () => {
    users.add('a', 'admin');
    users.add('b', 'admin', false);
    users.add('c', 'admin');
    await service.update('c', { role: 'viewer' }, admin('a'), '::1');
    // Now only "a" is an active admin: nobody else may take that away (a cannot do it to itself either).
    users.rows.get('c')!.role = 'admin';
    users.rows.get('a')!.active = false;
    expect(await status(service.update('c', { active: false }, admin('z'), '::1'))).toBe(409);
    expect(await status(service.update('c', { role: 'recruiter' }, admin('z'), '::1'))).toBe(409);
    expect(users.rows.get('c')).toMatchObject({ role: 'admin', active: true });
  });

  it('ends sessions on a role change or deactivation, in the same transaction', async () => {
    users.add('a', 'admin');
    users.add('b', 'recruiter');
    await service.update('b', { active: false }, admin('a'), '::1');
    expect(revoked).toEqual(['b']);
    expect(audited[0]).toMatchObject({ action: 'user.deactivated', details: { changes: { active: { from: true, to: false } } } });
  });

  it('refuses demoting yourself, and 404 for an unknown id', async () => {
    users.add('a', 'admin');
    users.add('b', 'admin');
    expect(await status(service.update('a', { role: 'viewer' }, admin('a'), '::1'))).toBe(409);
    expect(await status(service.update('nope', { name: 'x' }, admin('a'), '::1'))).toBe(404);
    expect(users.updates).toEqual([]);
  });

  it('writes nothing when nothing changes', async () => {
    users.add('a', 'admin');
    users.add('b', 'viewer');
    expect(await service.update('b', { role: 'viewer' }, admin('a'), '::1')).toMatchObject({ role: 'viewer', active: true });
    expect(users.updates).toEqual([]);
    expect(audited).toEqual([]);
  });
});
