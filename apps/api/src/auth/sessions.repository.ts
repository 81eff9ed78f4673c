import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
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

/** The sessions table. */
@Injectable()
export class SessionsRepository {
  constructor(@InjectRepository(Session) private readonly sessions: Repository<Session>) {}

  async insert(row: Pick<Session, 'tokenHash' | 'csrfToken' | 'userId' | 'ip' | 'userAgent' | 'expiresAt'>): Promise<void> {
    await this.sessions.insert(row);
  }

  /** One indexed query: it runs on every signed-in request. */
  async findLive(tokenHash: string): Promise<LiveSessionRow | null> {
    const [row] = await this.sessions.query(
      `SELECT s.id, s.csrf_token AS "csrfToken", s.expires_at AS "expiresAt", u.id AS "userId", u.email, u.name, u.role
       FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = $1 AND s.expires_at > now() AND u.active`,
      [tokenHash],
    );
    return (row as LiveSessionRow | undefined) ?? null;
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
