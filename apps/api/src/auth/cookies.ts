import type { CookieOptions, Response } from 'express';

export const SESSION_COOKIE = 'adflux_session';
/** Readable by the SPA, which echoes it in the X-CSRF-Token header (double submit). */
export const CSRF_COOKIE = 'adflux_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** `secure`: the COOKIE_SECURE setting (the caller injects the config). */
function base(secure: boolean, expires?: Date): CookieOptions {
  return { sameSite: 'lax', secure, path: '/', expires };
}

export function setSessionCookies(res: Response, session: { token: string; csrfToken: string; expiresAt: Date }, secure: boolean): void {
  res.cookie(SESSION_COOKIE, session.token, { ...base(secure, session.expiresAt), httpOnly: true });
  res.cookie(CSRF_COOKIE, session.csrfToken, { ...base(secure, session.expiresAt), httpOnly: false });
}

export function clearSessionCookies(res: Response, secure: boolean): void {
  res.clearCookie(SESSION_COOKIE, { ...base(secure), httpOnly: true });
  res.clearCookie(CSRF_COOKIE, base(secure));
}
