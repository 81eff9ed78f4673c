import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { DataSource, LessThan, Repository } from 'typeorm';
import { pgPool } from '../database/pg-client';
import type { Tx } from '../database/transaction-retry';
import { Session } from './session.entity';

/** A live session joined with the fields of its (active) user that the guard needs. */
export interface LiveSessionRow {
  id: string;
  csrfToken: string;
  expiresAt: Date;
  userId: string;
  email: string;
  name: string;
  role: string;
}

/**
 * Runs on every signed-in request. A named statement: each pooled connection parses and plans it
 * once instead of on every request (PostgreSQL shares the cores with the API under load).
 */
const FIND_LIVE = {
  name: 'sessions-find-live',
  text: `SELECT s.id, s.csrf_token AS "csrfToken", s.expires_at AS "expiresAt", u.id AS "userId", u.email, u.name, u.role
         FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = $1 AND s.expires_at > now() AND u.active`,
};

/** The sessions table. */
@Injectable()
export class SessionsRepository {
  private readonly pool: Pool;

  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @InjectDataSource() dataSource: DataSource,
  ) {
    this.pool = pgPool(dataSource);
  }

  async insert(row: Pick<Session, 'tokenHash' | 'csrfToken' | 'userId' | 'ip' | 'userAgent' | 'expiresAt'>): Promise<void> {
    await this.sessions.insert(row);
  }

  /** One indexed query, straight on the pg pool: TypeORM's per-query runner would double its CPU cost. */
  async findLive(tokenHash: string): Promise<LiveSessionRow | null> {
    const { rows } = await this.pool.query<LiveSessionRow>({ ...FIND_LIVE, values: [tokenHash] });
    return rows[0] ?? null;
  }

  async deleteById(id: string): Promise<void> {
    await this.sessions.delete({ id });
  }

  /** `tx` lets the deletion commit with the user change that caused it. */
  async deleteAllForUser(userId: string, tx?: Tx): Promise<number> {
    const repo = tx ? tx.getRepository(Session) : this.sessions;
    return (await repo.delete({ userId })).affected ?? 0;
  }

  async deleteExpired(now: Date): Promise<void> {
    await this.sessions.delete({ expiresAt: LessThan(now) });
  }
}
