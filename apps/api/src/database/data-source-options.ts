import { join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { DEFAULT_POOL_SIZE } from '../config/app-config';

/**
 * One place that knows where entities and migrations live. Globs cover both `src` (ts, tests)
 * and `dist` (js, production). Schema changes only through migrations: never synchronize.
 */
export function dataSourceOptions(url: string, poolSize = DEFAULT_POOL_SIZE): DataSourceOptions {
  const root = join(__dirname, '..');
  return {
    type: 'postgres',
    url,
    entities: [join(root, '**/*.entity.{ts,js}')],
    migrations: [join(__dirname, 'migrations/*.{ts,js}')],
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    // A database that accepts but never answers fails a request within 5 s (→ 503) instead of hanging it.
    extra: { max: poolSize, application_name: 'adflux', connectionTimeoutMillis: 5000 },
  };
}
