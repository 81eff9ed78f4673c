import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type Redis from 'ioredis';
import { IsNull, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Principal } from '../auth/principal';
import { randomSecret, sha256 } from '../auth/secrets';
import { ProblemException } from '../common/problem';
import { appConfig } from '../config/app-config';
import { REDIS } from '../redis/redis.module';
import { RateDecision, RateLimiter } from '../redis/rate-limiter';
import { ApiToken, TokenScope } from './api-token.entity';
import { ApiTokenDto, CreateApiTokenDto, CreatedApiTokenDto } from './api-tokens.dto';

const TOKEN_PREFIX = 'afx_';
// last_used_at is informational: write it at most once a minute per token, not per request.
const LAST_USED_GRANULARITY_MS = 60_000;

@Injectable()
export class ApiTokensService {
  private readonly limiter: RateLimiter;

  constructor(
    @InjectRepository(ApiToken) private readonly tokens: Repository<ApiToken>,
    @Inject(REDIS) redis: Redis,
    private readonly audit: AuditService,
  ) {
    this.limiter = new RateLimiter(redis, 'api-token', appConfig().tokenRateLimitPerMinute, 60);
  }

  async create(dto: CreateApiTokenDto, principal: Principal, ip: string): Promise<CreatedApiTokenDto> {
    const secret = TOKEN_PREFIX + randomSecret();
    const scopes = [...new Set(dto.scopes)].sort() as TokenScope[];
    const token = await this.tokens.save(
      this.tokens.create({ name: dto.name, prefix: secret.slice(0, 12), tokenHash: sha256(secret), scopes, createdBy: principal.id, expiresAt: dto.expiresAt ? new Date(dto.expiresAt) : null }),
    );
    await this.audit.record({ action: 'api_token.created', principal, ip, targetType: 'api_token', targetId: token.id, details: { name: token.name, scopes } });
    return { token: ApiTokenDto.from(token), secret };
  }

  async list(): Promise<ApiTokenDto[]> {
    const rows = await this.tokens.find({ order: { createdAt: 'DESC' } });
    return rows.map(ApiTokenDto.from);
  }

  async revoke(id: string, principal: Principal, ip: string): Promise<ApiTokenDto> {
    const token = await this.tokens.findOneBy({ id });
    if (!token) throw new ProblemException(404, `API token ${id} does not exist.`);
    if (!token.revokedAt) {
      token.revokedAt = new Date();
      await this.tokens.update({ id, revokedAt: IsNull() }, { revokedAt: token.revokedAt });
      await this.audit.record({ action: 'api_token.revoked', principal, ip, targetType: 'api_token', targetId: id, details: { name: token.name } });
    }
    return ApiTokenDto.from(token);
  }

  /** The principal for a bearer secret, or null when unknown, revoked or expired. */
  async authenticate(secret: string): Promise<Principal | null> {
    if (!secret.startsWith(TOKEN_PREFIX)) return null;
    const token = await this.tokens.findOneBy({ tokenHash: sha256(secret) });
    if (!token || token.revokedAt || (token.expiresAt && token.expiresAt.getTime() <= Date.now())) return null;
    if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > LAST_USED_GRANULARITY_MS) {
      await this.tokens.update(token.id, { lastUsedAt: new Date() });
    }
    return { kind: 'token', id: token.id, label: `token:${token.name}`, role: token.scopes.includes('write') ? 'recruiter' : 'viewer', scopes: token.scopes };
  }

  rateLimit(tokenId: string): Promise<RateDecision> {
    return this.limiter.hit(tokenId);
  }
}
