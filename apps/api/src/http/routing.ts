import { INestApplication } from '@nestjs/common';

/** API under /api; the public tracking redirect stays short at /r/:trackingCode. */
export function applyRouting(app: INestApplication): void {
  app.setGlobalPrefix('api', { exclude: ['r/:trackingCode'] });
}
