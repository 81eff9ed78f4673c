import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ApiTokensService } from '../api-tokens';
import { clientIpOf, PUBLIC_KEY, ROLES_KEY, SESSION_ONLY_KEY } from '../common/decorators';
import type { Role } from '../common/roles';
import { ProblemException } from '../common/problem';
import { CSRF_HEADER, SESSION_COOKIE } from './cookies';
import { Principal } from './principal';
import { safeEqual } from './secrets';
import { SessionsService } from './sessions.service';
import { TokenThrottle } from './throttle/token-throttle.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const MUTATING_ROLES: Role[] = ['admin', 'recruiter'];

/**
 * Global guard, deny by default: every route needs a session cookie or a bearer token unless it
 * is @Public(). Cookie mutations need the CSRF token; token calls need the matching scope.
 * Without @Roles() any role may read and only admins/recruiters may mutate.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    private readonly tokens: ApiTokensService,
    private readonly tokenThrottle: TokenThrottle,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const req = context.switchToHttp().getRequest<Request & { principal?: Principal }>();
    const mutating = !SAFE_METHODS.has(req.method);
    const principal = await this.authenticate(req, mutating);
    req.principal = principal;

    if (principal.kind === 'token' && this.reflector.getAllAndOverride<boolean>(SESSION_ONLY_KEY, targets)) {
      throw new ProblemException(403, 'This operation is not available to API tokens.');
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const allowed = roles ?? (mutating ? MUTATING_ROLES : undefined);
    if (allowed && !allowed.includes(principal.role)) {
      throw new ProblemException(403, `This operation needs the role ${allowed.join(' or ')}.`);
    }
    return true;
  }

  private async authenticate(req: Request, mutating: boolean): Promise<Principal> {
    const header = req.headers.authorization;
    if (header) return this.authenticateToken(header, mutating, clientIpOf(req));
    const cookie = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    if (!cookie) throw new ProblemException(401, 'Sign in or send an API token.');
    const session = await this.sessions.resolve(cookie);
    if (!session) throw new ProblemException(401, 'Your session has ended. Sign in again.');
    if (mutating) {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !safeEqual(sent, session.csrfToken)) {
        throw new ProblemException(403, 'Missing or invalid CSRF token (send the adflux_csrf cookie value in X-CSRF-Token).');
      }
    }
    const { user } = session;
    return { kind: 'session', id: user.id, label: user.email, role: user.role, sessionId: session.id };
  }

  private async authenticateToken(header: string, mutating: boolean, ip: string): Promise<Principal> {
    const [scheme, secret] = header.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !secret) throw new ProblemException(401, 'Use "Authorization: Bearer <token>".');
    const principal = await this.tokens.authenticate(secret);
    if (!principal) {
      // Guessing tokens costs the address its failed-credential budget (429 once used up).
      await this.tokenThrottle.countUnknown(ip);
      throw new ProblemException(401, 'The API token is unknown, revoked or expired, or its creator was deactivated.');
    }
    await this.tokenThrottle.countRequest(principal.id);
    const needed = mutating ? 'write' : 'read';
    if (!principal.scopes?.includes(needed)) throw new ProblemException(403, `This API token lacks the "${needed}" scope.`);
    return principal;
  }
}
