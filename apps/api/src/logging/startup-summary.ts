import type { SeededAdmin } from '../seed/seed.api';

export interface StartupFacts {
  port: number;
  /** The admin this boot created, if it created one. */
  seeded: SeededAdmin | null;
  /** ADMIN_EMAIL, or the seed's default: the account a newcomer signs in with. */
  adminEmail: string;
}

/**
 * The last thing `npm start` prints: where to go and how to sign in. It names where the password
 * is, never the password itself (that is printed once, by the admin seed).
 */
export function startupSummary({ port, seeded, adminEmail }: StartupFacts): string {
  const url = `http://localhost:${port}`;
  const password = !seeded
    ? 'printed when the account was created, at the first start (or the ADMIN_PASSWORD you set)'
    : seeded.generatedPassword
      ? 'printed above, once, with "AdFlux admin account created"'
      : 'the ADMIN_PASSWORD you set';
  const lines = [
    '',
    '  AdFlux is ready',
    `    Open:      ${url}`,
    `    Sign in:   ${seeded?.email ?? adminEmail}`,
    `    Password:  ${password}`,
    `    API docs:  ${url}/api/docs`,
    '',
  ];
  return lines.join('\n') + '\n';
}
