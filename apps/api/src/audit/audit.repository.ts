import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Tx } from '../database/transaction-retry';
import { AuditEntry } from './audit-entry.entity';

export type NewAuditEntry = Omit<AuditEntry, 'id'>;

/** The audit_log table. */
@Injectable()
export class AuditRepository {
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  /** With `tx` the entry commits (or rolls back) with the change it describes. */
  async insert(entry: NewAuditEntry, tx?: Tx): Promise<void> {
    const repo = tx ? tx.getRepository(AuditEntry) : this.entries;
    await repo.insert(entry as never);
  }

  /** Newest first, keyset on id; one more than `limit` so the caller knows whether a page follows. */
  page(limit: number, beforeId?: string, action?: string): Promise<AuditEntry[]> {
    const qb = this.entries.createQueryBuilder('a').orderBy('a.id', 'DESC').limit(limit + 1);
    if (beforeId) qb.andWhere('a.id < :id', { id: beforeId });
    if (action) qb.andWhere('a.action = :action', { action });
    return qb.getMany();
  }
}
