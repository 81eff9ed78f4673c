import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, LessThan, Repository } from 'typeorm';
import { appConfig } from '../config/app-config';
import { User } from '../users/user.entity';
import { randomSecret, sha256 } from './secrets';
import { Session } from './session.entity';

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

@Injectable()
export class SessionsService {
  constructor(@InjectRepository(Session) private readonly sessions: Repository<Session>) {}

  async create(userId: string, ip: string | null, userAgent: string | null): Promise<NewSession> {
    const token = randomSecret();
    const csrfToken = randomSecret();
    const expiresAt = new Date(Date.now() + appConfig().sessionTtlHours * 3600_000);
    await this.sessions.insert({ tokenHash: sha256(token), csrfToken, userId, ip, userAgent: userAgent?.slice(0, 300) ?? null, expiresAt });
    return { token, csrfToken, expiresAt };
  }

  /**
   * The live session and its active user for a cookie token, or null. One indexed query: it runs
   * on every signed-in request.
   */
  async resolve(token: string): Promise<(Session & { user: User }) | null> {
    const [row] = await this.sessions.query(
      `SELECT s.id, s.csrf_token, s.expires_at, u.id AS user_id, u.email, u.name, u.role
       FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = $1 AND s.expires_at > now() AND u.active`,
      [sha256(token)],
    );
    if (!row) return null;
    const user = Object.assign(new User(), { id: row.user_id, email: row.email, name: row.name, role: row.role, active: true });
    return Object.assign(new Session(), { id: row.id, csrfToken: row.csrf_token, expiresAt: row.expires_at, userId: row.user_id, user });
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.delete({ id: sessionId });
  }

  /** Deactivation and role changes end every session of the user at once. */
  async revokeAllForUser(userId: string, manager?: EntityManager): Promise<number> {
    const repo = manager ? manager.getRepository(Session) : this.sessions;
    const result = await repo.delete({ userId });
    return result.affected ?? 0;
  }

  async purgeExpired(): Promise<void> {
    await this.sessions.delete({ expiresAt: LessThan(new Date()) });
  }
}
