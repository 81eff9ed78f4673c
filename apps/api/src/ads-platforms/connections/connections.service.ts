import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { AuditService } from '../../audit';
import { Principal } from '../../auth';
import { Page } from '../../common/pagination';
import { fieldProblem, ProblemException } from '../../common/problem';
import type { PlatformKind } from '../ads-platform.port';
import { CONNECTION_ARCHIVED, CONNECTION_NEEDS_REAUTH, ConnectionEvent } from './connection-events';
import { PLATFORM_KINDS } from '../platform-registry';
import {
  ConnectionStatus, initialState, keepsVerification, needsVerification, normalizeField, PublicValues, secretFieldNames, SecretValues, splitFields,
} from './connection-fields';
import { ConnectionSecrets } from './connection-secrets';
import { ConnectionsRepository } from './connections.repository';
import { CreatePlatformConnectionDto, ListPlatformConnectionsQuery, UpdatePlatformConnectionDto } from './dto/connection-input.dto';
import { PlatformConnectionDto, VerifyConnectionResultDto } from './dto/connection.dto';
import { PlatformConnection } from './entities/platform-connection.entity';

/** A connection with its credentials opened, for building an adapter. Never leaves the server. */
export interface OpenedConnection {
  connection: PlatformConnection;
  /** Public settings and decrypted secrets together, e.g. { adAccountId, accessToken, ... }. */
  values: PublicValues & SecretValues;
}

@Injectable()
export class ConnectionsService {
  private readonly logger = new Logger(ConnectionsService.name);

  constructor(
    private readonly rows: ConnectionsRepository,
    private readonly secrets: ConnectionSecrets,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
  ) {}

  async create(dto: CreatePlatformConnectionDto, principal: Principal, ip: string): Promise<PlatformConnectionDto> {
    await this.assertNameFree(dto.name);
    const { publicValues, secretValues } = splitFields(dto.kind, normalized(dto.kind, sectionOf(dto, dto.kind) ?? {}));
    const id = randomUUID();
    const connection = this.rows.build({
      id, kind: dto.kind, name: dto.name,
      ...initialState(dto.kind, publicValues),
      ...this.secrets.seal(id, secretValues),
      createdBy: principal.kind === 'session' ? principal.id : null,
    });
    await this.rows.transaction(async (tx) => {
      await tx.insert(connection);
      await this.audit.record({
        action: 'platform_connection.created', principal, ip, targetType: 'platform_connection', targetId: id,
        details: { kind: dto.kind, name: dto.name, account: connection.publicFields, secretsSet: Object.keys(secretValues) },
      }, tx.joinable);
    });
    return this.get(id);
  }

  list(query: ListPlatformConnectionsQuery): Promise<Page<PlatformConnectionDto>> {
    return this.rows.list(query);
  }

  /** Archived connections are still readable (publication history shows them). */
  async get(id: string): Promise<PlatformConnectionDto> {
    return PlatformConnectionDto.from(await this.find(id, { includeArchived: true }));
  }

  async update(id: string, dto: UpdatePlatformConnectionDto, principal: Principal, ip: string): Promise<PlatformConnectionDto> {
    const connection = await this.find(id, { withSecrets: true });
    const other = PLATFORM_KINDS.find((kind) => kind !== connection.kind && sectionOf(dto, kind) !== undefined);
    if (other) throw fieldProblem(422, other, `does not apply: this is a ${connection.kind} connection`);
    if (dto.name !== undefined && dto.name !== connection.name) await this.assertNameFree(dto.name, id);

    const section = (sectionOf(dto, connection.kind) ?? {}) as Record<string, string | null | undefined>;
    const changedFields = Object.keys(section).filter((name) => section[name] !== undefined);
    const cleared = changedFields.filter((name) => section[name] === null);
    const { publicValues, secretValues } = splitFields(connection.kind, normalized(connection.kind, section));
    const secretNames = secretFieldNames(connection.kind);

    const publicFields: Record<string, unknown> = { ...connection.publicFields, ...publicValues };
    for (const name of cleared) if (!secretNames.includes(name)) delete publicFields[name];
    Object.assign(connection, { name: dto.name ?? connection.name, publicFields });
    // Secrets are opened only to replace some, or to re-seal what a retired key sealed.
    const secretsChanged = changedFields.some((name) => secretNames.includes(name));
    if (secretsChanged || this.secrets.isStale(connection)) {
      const secretsNow: Record<string, unknown> = { ...this.secrets.open(connection), ...secretValues };
      for (const name of cleared) delete secretsNow[name];
      Object.assign(connection, this.secrets.seal(id, secretsNow as SecretValues));
    }
    const credentialsChanged = changedFields.some((name) => !keepsVerification(connection.kind, name));
    if (credentialsChanged && needsVerification(connection.kind)) Object.assign(connection, { status: 'unverified', statusDetail: null, lastVerifiedAt: null });

    await this.rows.transaction(async (tx) => {
      await tx.save(connection);
      await this.audit.record({
        action: 'platform_connection.updated', principal, ip, targetType: 'platform_connection', targetId: id,
        details: { kind: connection.kind, name: connection.name, fields: changedFields, secretsReplaced: Object.keys(secretValues), cleared },
      }, tx.joinable);
    });
    return this.get(id);
  }

  /** Soft delete: publications keep their reference; the credentials are wiped at once. */
  async archive(id: string, principal: Principal, ip: string): Promise<void> {
    const connection = await this.find(id);
    await this.rows.transaction(async (tx) => {
      await tx.update(id, { archivedAt: new Date(), secretsCiphertext: null, keyId: null, secretMasks: {} });
      await this.audit.record({ action: 'platform_connection.archived', principal, ip, targetType: 'platform_connection', targetId: id, details: { kind: connection.kind, name: connection.name } }, tx.joinable);
    });
    this.events.emit(CONNECTION_ARCHIVED, { connectionId: id, kind: connection.kind } satisfies ConnectionEvent);
  }

  /** For AdsPlatformFactory: the live connection with its secrets opened. 404 when missing or archived. */
  async open(id: string): Promise<OpenedConnection> {
    const connection = await this.find(id, { withSecrets: true });
    return { connection, values: { ...connection.publicFields, ...this.secrets.open(connection) } };
  }

  /**
   * The platform refused the credentials (Meta 190, Google UNAUTHENTICATED): stop using the
   * connection until an admin re-enters them. Idempotent; audits and emits only on the change.
   */
  async markNeedsReauth(id: string, detail: string): Promise<void> {
    const text = await this.scrubFor(id, detail);
    const changed = await this.rows.setStatus(id, 'needs_reauth', text);
    if (!changed) return;
    this.logger.warn({ connectionId: id }, 'platform connection needs re-authorisation');
    await this.audit.record({ action: 'platform_connection.needs_reauth', targetType: 'platform_connection', targetId: id, details: { kind: changed.kind, detail: text } });
    this.events.emit(CONNECTION_NEEDS_REAUTH, { connectionId: id, kind: changed.kind, detail: text } satisfies ConnectionEvent);
  }

  /** A platform call just succeeded with these credentials. Writes only when the status changes. */
  async markConnected(id: string, detail?: string): Promise<void> {
    await this.rows.setStatus(id, 'connected', detail === undefined ? undefined : await this.scrubFor(id, detail));
  }

  /**
   * Stores the outcome of a verify call (detail scrubbed of the connection's secrets) and audits
   * it; `status: null` (platform unreachable) changes nothing but the audit trail.
   */
  async recordVerification(id: string, outcome: { ok: boolean; status: ConnectionStatus | null; detail: string }, principal: Principal, ip: string): Promise<VerifyConnectionResultDto> {
    const detail = await this.scrubFor(id, outcome.detail);
    await this.rows.transaction(async (tx) => {
      if (outcome.status) await tx.update(id, { status: outcome.status, statusDetail: detail, lastVerifiedAt: new Date() });
      await this.audit.record({ action: 'platform_connection.verified', principal, ip, targetType: 'platform_connection', targetId: id, details: { ok: outcome.ok, status: outcome.status, detail } }, tx.joinable);
    });
    return { ok: outcome.ok, detail, connection: await this.get(id) };
  }

  /** Removes the connection's own secret values (and token-like text) from platform text. */
  private async scrubFor(id: string, text: string): Promise<string> {
    const row = await this.rows.findSealedSecrets(id);
    let values: SecretValues = {};
    try {
      values = row ? this.secrets.open(row) : {};
    } catch {
      // An unreadable ciphertext must not hide the status change; generic redaction still applies.
    }
    return this.secrets.scrub(text, values);
  }

  private async find(id: string, opts: { includeArchived?: boolean; withSecrets?: boolean } = {}): Promise<PlatformConnection> {
    const connection = await this.rows.findById(id, opts);
    if (!connection || (connection.archivedAt && !opts.includeArchived)) throw new ProblemException(404, `Platform connection ${id} does not exist.`);
    return connection;
  }

  private async assertNameFree(name: string, exceptId?: string): Promise<void> {
    if (await this.rows.isNameTaken(name, exceptId)) throw fieldProblem(409, 'name', 'is already used by another connection');
  }
}

/** Trims and canonicalizes the submitted values; nulls (PATCH "clear this") are dropped here. */
function normalized(kind: PlatformKind, section: object): Record<string, string> {
  return Object.fromEntries(
    Object.entries(section).filter(([, value]) => typeof value === 'string').map(([name, value]) => [name, normalizeField(kind, name, value as string)]),
  );
}

/** The body section named after a kind (`meta: {...}`); the DTOs declare one per registered platform. */
function sectionOf(dto: CreatePlatformConnectionDto | UpdatePlatformConnectionDto, kind: PlatformKind): object | undefined {
  return (dto as unknown as Partial<Record<PlatformKind, object>>)[kind];
}
