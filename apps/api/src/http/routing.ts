import { INestApplication } from '@nestjs/common';

/**
 * API under /api; the public tracking redirect stays short at /r/:trackingCode. The whole /r tree
 * is excluded from the prefix (not just the one route), so Nest's own not-found handler also
 * answers `/r`, `/r/` and `/r//x` with problem+json instead of Express's HTML page.
 */
export function applyRouting(app: INestApplication): void {
  app.setGlobalPrefix('api', { exclude: ['r/:trackingCode', 'r', 'r/*rest'] });
}

/** Paths the API owns (everything else may be the SPA's client-side routes). */
export const isServerRoute = (path: string) => path === '/api' || path.startsWith('/api/') || path === '/r' || path.startsWith('/r/');
