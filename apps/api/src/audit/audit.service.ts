import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transaction-retry';
import { actorOf, Principal } from '../auth';
import { decodeCursor, Page, toPage } from '../common/pagination';
import { AuditEntry } from './audit-entry.entity';
import { AuditTargetNames, targetKey } from './audit-target-names';
import { AuditActionsDto, AuditEntryDto } from './audit.dto';
import { AuditRepository } from './audit.repository';

export interface AuditRecord {
  action: string;
  principal?: Principal;
  /** For events with no signed-in principal (failed logins). */
  actorLabel?: string;
  targetType?: string;
  targetId?: string;
  ip?: string;
  details?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(
    private readonly entries: AuditRepository,
    // Optional for code that builds the service outside Nest (the boot seeds only record).
    private readonly targetNames: AuditTargetNames = new AuditTargetNames(),
  ) {}

  /** Pass the transaction's handle so the audit row commits with the change it describes. */
  async record(record: AuditRecord, tx?: Tx): Promise<void> {
    const actor = record.principal
      ? actorOf(record.principal)
      : { actorType: (record.actorLabel ? 'anonymous' : 'system') as AuditEntry['actorType'], actorId: null, actorLabel: record.actorLabel ?? 'system' };
    await this.entries.insert({
      at: new Date(),
      ...actor,
      action: record.action,
      targetType: record.targetType ?? null,
      targetId: record.targetId ?? null,
      ip: record.ip ?? null,
      details: record.details ?? {},
    }, tx);
  }

  async actions(): Promise<AuditActionsDto> {
    return { items: await this.entries.actions() };
  }

  async list(limit: number, cursor?: string, action?: string): Promise<Page<AuditEntryDto>> {
    const after = decodeCursor(cursor, ['serial']);
    const rows = await this.entries.page(limit, after?.[0], action);
    const names = await this.targetNames.resolve(rows.slice(0, limit));
    const nameOf = (e: AuditEntry) => (e.targetType && e.targetId ? (names.get(targetKey(e.targetType, e.targetId)) ?? null) : null);
    return toPage(rows, limit, (e) => AuditEntryDto.from(e, nameOf(e)), (row) => [row.id]);
  }
}
