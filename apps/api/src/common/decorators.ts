import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { ROLES, Role } from './roles';

// Role lives in ./roles; re-exported so route files can take everything access-related from here.
export { ROLES, type Role };

export const PUBLIC_KEY = 'adflux:public';
export const ROLES_KEY = 'adflux:roles';
export const SESSION_ONLY_KEY = 'adflux:session-only';

/** Reachable without a session or token (login, health, docs, tracking redirect). */
export const Public = () => applyDecorators(SetMetadata(PUBLIC_KEY, true), ApiExtension('x-public', true));
/** Roles allowed on this handler; without it any signed-in role may read, and only admins/recruiters mutate. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
/**
 * A caller acting on their own account (logout, ...): every role may call it, mutation or not.
 * `x-self-service` in the contract lets the access-matrix test expect success for viewers.
 */
export const SelfService = () => applyDecorators(Roles(...ROLES), ApiExtension('x-self-service', true));
/** Refuse API tokens: only a signed-in person may call this (admin settings). */
export const SessionOnly = () => SetMetadata(SESSION_ONLY_KEY, true);

/** The caller's `Principal` (set by the auth guard); typed by the handler parameter. */
export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): unknown => {
  return ctx.switchToHttp().getRequest().principal;
});

/**
 * The caller's address as Express computed it: the socket peer, or X-Forwarded-For only when
 * TRUST_PROXY names the proxy in front (see configure-app). Rate limits key on it.
 */
export const clientIpOf = (req: { ip?: string; socket?: { remoteAddress?: string } }): string => req.ip ?? req.socket?.remoteAddress ?? 'unknown';

export const ClientIp = createParamDecorator((_: unknown, ctx: ExecutionContext): string => clientIpOf(ctx.switchToHttp().getRequest()));
