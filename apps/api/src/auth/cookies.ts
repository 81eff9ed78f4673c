import type { CookieOptions, Response } from 'express';
import { appConfig } from '../config/app-config';

export const SESSION_COOKIE = 'adflux_session';
/** Readable by the SPA, which echoes it in the X-CSRF-Token header (double submit). */
export const CSRF_COOKIE = 'adflux_csrf';
export const CSRF_HEADER = 'x-csrf-token';

function base(expires?: Date): CookieOptions {
  return { sameSite: 'lax', secure: appConfig().cookieSecure, path: '/', expires };
}

export function setSessionCookies(res: Response, token: string, csrfToken: string, expiresAt: Date): void {
  res.cookie(SESSION_COOKIE, token, { ...base(expiresAt), httpOnly: true });
  res.cookie(CSRF_COOKIE, csrfToken, { ...base(expiresAt), httpOnly: false });
}

export function clearSessionCookies(res: Response): void {
  res.clearCookie(SESSION_COOKIE, { ...base(), httpOnly: true });
  res.clearCookie(CSRF_COOKIE, base());
}
