import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transaction-retry';
import type { Role } from '../common/roles';
import { AppConfig, InjectConfig } from '../config/config.module';
import { User } from '../users/user.api';
import { randomSecret, sha256 } from './secrets';
import { Session } from './session.entity';
import { SessionsRepository } from './sessions.repository';

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionsRepository,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async create(userId: string, ip: string | null, userAgent: string | null): Promise<NewSession> {
    const token = randomSecret();
    const csrfToken = randomSecret();
    const expiresAt = new Date(Date.now() + this.config.sessionTtlHours * 3600_000);
    // The table keeps only the hash: a leaked table gives no usable cookie.
    await this.sessions.insert({ tokenHash: sha256(token), csrfToken, userId, ip, userAgent: userAgent?.slice(0, 300) ?? null, expiresAt });
    return { token, csrfToken, expiresAt };
  }

  /** The live session and its active user for a cookie token, or null. */
  async resolve(token: string): Promise<(Session & { user: User }) | null> {
    const row = await this.sessions.findLive(sha256(token));
    if (!row) return null;
    const user = Object.assign(new User(), { id: row.userId, email: row.email, name: row.name, role: row.role as Role, active: true });
    return Object.assign(new Session(), { id: row.id, csrfToken: row.csrfToken, expiresAt: row.expiresAt, userId: row.userId, user });
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.deleteById(sessionId);
  }

  /** Deactivation and role changes end every session of the user at once (`tx`: the change's transaction). */
  revokeAllForUser(userId: string, tx?: Tx): Promise<number> {
    return this.sessions.deleteAllForUser(userId, tx);
  }

  async purgeExpired(): Promise<void> {
    await this.sessions.deleteExpired(new Date());
  }
}
