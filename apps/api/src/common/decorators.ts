import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { Principal } from '../auth/principal';

export type Role = 'admin' | 'recruiter' | 'viewer';
export const ROLES = ['admin', 'recruiter', 'viewer'] as const;

export const PUBLIC_KEY = 'adflux:public';
export const ROLES_KEY = 'adflux:roles';
export const SESSION_ONLY_KEY = 'adflux:session-only';

/** Reachable without a session or token (login, health, docs, tracking redirect). */
export const Public = () => applyDecorators(SetMetadata(PUBLIC_KEY, true), ApiExtension('x-public', true));
/** Roles allowed on this handler; without it any signed-in role may read, and only admins/recruiters mutate. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
/** Refuse API tokens: only a signed-in person may call this (admin settings). */
export const SessionOnly = () => SetMetadata(SESSION_ONLY_KEY, true);

export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  return ctx.switchToHttp().getRequest().principal;
});

export const ClientIp = createParamDecorator((_: unknown, ctx: ExecutionContext): string => {
  const req = ctx.switchToHttp().getRequest();
  return req.ip ?? req.socket?.remoteAddress ?? 'unknown';
});
