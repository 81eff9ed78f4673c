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

  /** Every action recorded so far, alphabetically: a skip scan over the (action, at) index, not a scan of the log. */
  async actions(): Promise<string[]> {
    const rows: { action: string }[] = await this.entries.query(
      `WITH RECURSIVE a AS (
         SELECT min(action) AS action FROM audit_log
         UNION ALL
         SELECT (SELECT min(action) FROM audit_log WHERE action > a.action) FROM a WHERE a.action IS NOT NULL
       ) SELECT action FROM a WHERE action IS NOT NULL`,
    );
    return rows.map((r) => r.action);
  }

  /** Newest first, keyset on id; one more than `limit` so the caller knows whether a page follows. */
  page(limit: number, beforeId?: string, action?: string): Promise<AuditEntry[]> {
    const qb = this.entries.createQueryBuilder('a').orderBy('a.id', 'DESC').limit(limit + 1);
    if (beforeId) qb.andWhere('a.id < :id', { id: beforeId });
    if (action) qb.andWhere('a.action = :action', { action });
    return qb.getMany();
  }
}
