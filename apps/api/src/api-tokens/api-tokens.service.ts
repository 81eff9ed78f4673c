import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit';
import { Principal, randomSecret, sha256 } from '../auth';
import { ProblemException } from '../common/problem';
import type { Role } from '../common/roles';
import { TokenScope } from './api-token.entity';
import { ApiTokenDto, CreateApiTokenDto, CreatedApiTokenDto } from './api-tokens.dto';
import { ApiTokensRepository, UsableTokenRow } from './api-tokens.repository';

const TOKEN_PREFIX = 'afx_';
// last_used_at is informational: write it at most once a minute per token, not per request.
const LAST_USED_GRANULARITY_MS = 60_000;

/** A write token acts as a recruiter, but never as more than its creator is today. */
function tokenRole(token: UsableTokenRow): Role {
  const creatorMayWrite = token.creatorRole === 'admin' || token.creatorRole === 'recruiter';
  return token.scopes.includes('write') && creatorMayWrite ? 'recruiter' : 'viewer';
}

@Injectable()
export class ApiTokensService {
  constructor(
    private readonly tokens: ApiTokensRepository,
    private readonly audit: AuditService,
  ) {}

  async create(dto: CreateApiTokenDto, principal: Principal, ip?: string): Promise<CreatedApiTokenDto> {
    const secret = TOKEN_PREFIX + randomSecret();
    const scopes = [...new Set(dto.scopes)].sort() as TokenScope[];
    const token = await this.tokens.insert({
      name: dto.name, prefix: secret.slice(0, 12), tokenHash: sha256(secret), scopes, createdBy: principal.id, expiresAt: dto.expiresAt ? new Date(dto.expiresAt) : null,
    });
    await this.audit.record({ action: 'api_token.created', principal, ip, targetType: 'api_token', targetId: token.id, details: { name: token.name, scopes } });
    return { token: ApiTokenDto.from(token), secret };
  }

  async list(): Promise<ApiTokenDto[]> {
    return (await this.tokens.listNewestFirst()).map(ApiTokenDto.from);
  }

  async revoke(id: string, principal: Principal | undefined, ip?: string): Promise<ApiTokenDto> {
    const token = await this.tokens.findById(id);
    if (!token) throw new ProblemException(404, `API token ${id} does not exist.`);
    if (!token.revokedAt) {
      token.revokedAt = new Date();
      if (await this.tokens.markRevoked(id, token.revokedAt)) {
        await this.audit.record({ action: 'api_token.revoked', principal, ip, targetType: 'api_token', targetId: id, details: { name: token.name } });
      }
    }
    return ApiTokenDto.from(token);
  }

  /** The principal for a bearer secret, or null when unknown, revoked, expired or its creator is deactivated. */
  async authenticate(secret: string): Promise<Principal | null> {
    if (!secret.startsWith(TOKEN_PREFIX)) return null;
    const token = await this.tokens.findUsable(sha256(secret));
    if (!token) return null;
    if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > LAST_USED_GRANULARITY_MS) {
      await this.tokens.touchLastUsed(token.id, new Date());
    }
    return { kind: 'token', id: token.id, label: `token:${token.name}`, role: tokenRole(token), scopes: token.scopes };
  }
}
