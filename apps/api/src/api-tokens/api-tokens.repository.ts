import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import type { Role } from '../common/roles';
import { ApiToken, TokenScope } from './api-token.entity';
import { IdName, namesByIds } from '../database/names-by-ids';

/** A usable token with the role of the person who created it. */
export interface UsableTokenRow {
  id: string;
  name: string;
  scopes: TokenScope[];
  lastUsedAt: Date | null;
  creatorRole: Role;
}

/** The api_tokens table. */
@Injectable()
export class ApiTokensRepository {
  constructor(@InjectRepository(ApiToken) private readonly tokens: Repository<ApiToken>) {}

  /** Display names by id, one query (audit log targets). */
  names(ids: string[]): Promise<IdName[]> {
    return namesByIds(this.tokens, 'api_tokens', 'name', ids);
  }

  insert(row: Pick<ApiToken, 'name' | 'prefix' | 'tokenHash' | 'scopes' | 'createdBy' | 'expiresAt'>): Promise<ApiToken> {
    return this.tokens.save(this.tokens.create(row));
  }

  listNewestFirst(): Promise<ApiToken[]> {
    return this.tokens.find({ order: { createdAt: 'DESC' } });
  }

  findById(id: string): Promise<ApiToken | null> {
    return this.tokens.findOneBy({ id });
  }

  /** False when someone else revoked it first. */
  async markRevoked(id: string, at: Date): Promise<boolean> {
    return ((await this.tokens.update({ id, revokedAt: IsNull() }, { revokedAt: at })).affected ?? 0) > 0;
  }

  /**
   * The token for a secret's hash when it is live: not revoked, not expired, and its creator's
   * account is active (a token acts for its creator; without one it acts for nobody).
   */
  async findUsable(tokenHash: string): Promise<UsableTokenRow | null> {
    const [row] = await this.tokens.query(
      `SELECT t.id, t.name, t.scopes, t.last_used_at AS "lastUsedAt", u.role AS "creatorRole"
       FROM api_tokens t JOIN users u ON u.id = t.created_by
       WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now()) AND u.active`,
      [tokenHash],
    );
    return (row as UsableTokenRow | undefined) ?? null;
  }

  async touchLastUsed(id: string, at: Date): Promise<void> {
    await this.tokens.update(id, { lastUsedAt: at });
  }
}
