/** The double-submit CSRF token the API sets at login (a readable cookie, see DESIGN.md "Security"). */
export const CSRF_COOKIE = 'adflux_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

export function readCookie(name: string, cookieString: string = typeof document === 'undefined' ? '' : document.cookie): string | undefined {
  for (const part of cookieString.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}
