import { randomBytes } from 'node:crypto';
import type { EventEmitter2 } from '@nestjs/event-emitter';
import type { AuditRecord, AuditService } from '../../audit';
import type { Principal } from '../../auth';
import { SecretBox } from '../../common/crypto/secret-box';
import type { PlatformKind } from '../ads-platform.port';
import { CONNECTION_ARCHIVED, CONNECTION_NEEDS_REAUTH } from './connection-events';
import type { ConnectionStatus } from './connection-fields';
import { ConnectionSecrets } from './connection-secrets';
import type { ConnectionsRepository, ConnectionsTx } from './connections.repository';
import { ConnectionsService } from './connections.service';
import type { CreatePlatformConnectionDto, UpdatePlatformConnectionDto } from './dto/connection-input.dto';
import type { PlatformConnection } from './entities/platform-connection.entity';

const JOINABLE = { joinable: 'the transaction' } as unknown as ConnectionsTx['joinable'];

/** platform_connections in memory: what ConnectionsService may ask of its repository, nothing more. */
class FakeConnectionsRepository {
  readonly rows = new Map<string, PlatformConnection>();
  readonly writes: string[] = [];

  /** Writes through `tx` only, like the real one; a failing callback leaves the rows as they were. */
  async transaction<T>(work: (tx: ConnectionsTx) => Promise<T>): Promise<T> {
    const before = structuredClone([...this.rows]);
    try {
      return await work({ insert: (c) => this.write('insert', c), save: (c) => this.write('save', c), update: (id, v) => this.write('update', { ...this.rows.get(id)!, ...v }), joinable: JOINABLE });
    } catch (error) {
      this.rows.clear();
      for (const [id, row] of before) this.rows.set(id, row);
      throw error;
    }
  }
  private async write(op: string, connection: PlatformConnection) {
    this.writes.push(op);
    this.rows.set(connection.id, structuredClone(connection));
  }
  build(values: Partial<PlatformConnection>): PlatformConnection {
    return { statusDetail: null, lastVerifiedAt: null, archivedAt: null, createdAt: new Date(), updatedAt: new Date(), ...values } as PlatformConnection;
  }
  async findById(id: string) {
    const row = this.rows.get(id);
    return row ? structuredClone(row) : null;
  }
  async findSealedSecrets(id: string) {
    return this.findById(id);
  }
  async isNameTaken(name: string, exceptId?: string) {
    return [...this.rows.values()].some((r) => r.name.toLowerCase() === name.toLowerCase() && !r.archivedAt && r.id !== exceptId);
  }
  async setStatus(id: string, status: ConnectionStatus, detail?: string): Promise<{ kind: PlatformKind } | null> {
    const row = this.rows.get(id);
    if (!row || row.archivedAt || row.status === status) return null;
    Object.assign(row, { status, ...(detail !== undefined ? { statusDetail: detail } : {}) });
    return { kind: row.kind };
  }
}

describe('ConnectionsService (repository replaced by a fake)', () => {
  const admin: Principal = { kind: 'session', id: '00000000-0000-4000-8000-000000000001', label: 'admin@example.com', role: 'admin' };
  const TOKEN = 'EAAB-a-long-enough-token-1234';
  let repo: FakeConnectionsRepository;
  let audits: { record: AuditRecord; tx?: unknown }[];
  let events: { name: string; payload: unknown }[];
  let service: ConnectionsService;

  beforeEach(() => {
    repo = new FakeConnectionsRepository();
    audits = [];
    events = [];
    const audit = { record: async (record: AuditRecord, tx?: unknown) => void audits.push({ record, tx }) } as unknown as AuditService;
    const emitter = { emit: (name: string, payload: unknown) => events.push({ name, payload }) } as unknown as EventEmitter2;
    const secrets = new ConnectionSecrets(new SecretBox('k1', { k1: randomBytes(32).toString('base64') }));
    service = new ConnectionsService(repo as unknown as ConnectionsRepository, secrets, audit, emitter);
  });

  const createMeta = (name = 'Meta – Clinic') =>
    service.create({ kind: 'meta', name, meta: { accessToken: TOKEN, adAccountId: '123', pageId: '456' } } as CreatePlatformConnectionDto, admin, '127.0.0.1');

  it('creates a connection: normalized public fields, sealed masked secrets, audited in the same transaction', async () => {
    const dto = await createMeta();
    expect(dto).toMatchObject({ kind: 'meta', label: 'Meta', isSandbox: false, status: 'unverified', account: { adAccountId: 'act_123', pageId: '456' } });
    expect(dto.secrets.accessToken).toMatch(/^••••/);
    expect(JSON.stringify(dto)).not.toContain(TOKEN);
    const stored = repo.rows.get(dto.id)!;
    expect(stored.secretsCiphertext).toBeTruthy();
    expect(stored.secretsCiphertext).not.toContain(TOKEN);
    expect(repo.writes).toEqual(['insert']);
    expect(audits).toEqual([expect.objectContaining({ tx: JOINABLE, record: expect.objectContaining({ action: 'platform_connection.created', targetId: dto.id }) })]);
    expect(JSON.stringify(audits)).not.toContain(TOKEN);
  });

  it('a failing audit write rolls the connection back (both in one transaction)', async () => {
    const failingAudit = { record: async () => { throw new Error('audit down'); } } as unknown as AuditService;
    const emitter = { emit: () => true } as unknown as EventEmitter2;
    const secrets = new ConnectionSecrets(new SecretBox('k1', { k1: randomBytes(32).toString('base64') }));
    const failing = new ConnectionsService(repo as unknown as ConnectionsRepository, secrets, failingAudit, emitter);
    await expect(failing.create({ kind: 'sandbox', name: 'S' } as CreatePlatformConnectionDto, admin, '127.0.0.1')).rejects.toThrow('audit down');
    expect(repo.rows.size).toBe(0);
  });

  it('starts a sandbox connected with its default account settings', async () => {
    const dto = await service.create({ kind: 'sandbox', name: 'Try it' } as CreatePlatformConnectionDto, admin, '127.0.0.1');
    expect(dto).toMatchObject({ status: 'connected', isSandbox: true, label: 'Sandbox', account: { currency: 'USD', timeZone: 'UTC' } });
  });

  it('refuses a name a live connection already uses (409 on name)', async () => {
    await createMeta('Clinic');
    await expect(createMeta('clinic')).rejects.toMatchObject({ status: 409 });
  });

  it('rotating a secret resets the status to unverified; changing only the currency keeps it', async () => {
    const { id } = await createMeta();
    await service.markConnected(id, 'Clinic ads');
    expect((await service.get(id)).status).toBe('connected');
    await service.update(id, { meta: { currency: 'eur' } } as UpdatePlatformConnectionDto, admin, '127.0.0.1');
    expect(await service.get(id)).toMatchObject({ status: 'connected', account: { currency: 'EUR' } });
    await service.update(id, { meta: { accessToken: 'EAAB-a-brand-new-token-5678' } } as UpdatePlatformConnectionDto, admin, '127.0.0.1');
    expect((await service.get(id)).status).toBe('unverified');
    expect((await service.open(id)).values.accessToken).toBe('EAAB-a-brand-new-token-5678');
  });

  it('refuses the section of another kind (422 naming it)', async () => {
    const { id } = await createMeta();
    await expect(service.update(id, { google: { customerId: '1234567890' } } as UpdatePlatformConnectionDto, admin, '127.0.0.1'))
      .rejects.toMatchObject({ status: 422 });
  });

  it('marks needs_reauth once, scrubbing the connection’s own secret from the detail, and emits the event', async () => {
    const { id } = await createMeta();
    await service.markNeedsReauth(id, `token ${TOKEN} expired`);
    await service.markNeedsReauth(id, `token ${TOKEN} expired`);
    const dto = await service.get(id);
    expect(dto.status).toBe('needs_reauth');
    expect(dto.statusDetail).not.toContain(TOKEN);
    expect(events).toEqual([{ name: CONNECTION_NEEDS_REAUTH, payload: expect.objectContaining({ connectionId: id, kind: 'meta' }) }]);
  });

  it('archives: wipes the secrets, hides it from open(), emits the event', async () => {
    const { id } = await createMeta();
    await service.archive(id, admin, '127.0.0.1');
    expect(repo.rows.get(id)).toMatchObject({ secretsCiphertext: null, keyId: null, secretMasks: {} });
    await expect(service.open(id)).rejects.toMatchObject({ status: 404 });
    expect((await service.get(id)).archivedAt).not.toBeNull();
    expect(events.map((e) => e.name)).toEqual([CONNECTION_ARCHIVED]);
  });
});
