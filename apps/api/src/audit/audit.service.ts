import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { actorOf, Principal } from '../auth/principal';
import { decodeCursor, Page, toPage } from '../common/pagination';
import { AuditEntry } from './audit-entry.entity';
import { AuditEntryDto } from './audit.dto';

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
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  /** Pass the transaction's manager so the audit row commits with the change it describes. */
  async record(record: AuditRecord, manager?: EntityManager): Promise<void> {
    const actor = record.principal ? actorOf(record.principal) : { actorType: record.actorLabel ? 'anonymous' : 'system', actorId: null, actorLabel: record.actorLabel ?? 'system' };
    const repo = manager ? manager.getRepository(AuditEntry) : this.entries;
    await repo.insert({
      at: new Date(),
      ...actor,
      actorType: actor.actorType as AuditEntry['actorType'],
      action: record.action,
      targetType: record.targetType ?? null,
      targetId: record.targetId ?? null,
      ip: record.ip ?? null,
      details: (record.details ?? {}) as never,
    });
  }

  async list(limit: number, cursor?: string, action?: string): Promise<Page<AuditEntryDto>> {
    const after = decodeCursor(cursor, 1);
    const qb = this.entries.createQueryBuilder('a').orderBy('a.id', 'DESC').limit(limit + 1);
    if (after) qb.andWhere('a.id < :id', { id: String(after[0]) });
    if (action) qb.andWhere('a.action = :action', { action });
    const rows = await qb.getMany();
    return toPage(rows, limit, AuditEntryDto.from, (row) => [row.id]);
  }
}
