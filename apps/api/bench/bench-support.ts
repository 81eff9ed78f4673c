import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { ClientBase } from 'pg';
import { DataSource } from 'typeorm';
import { randomSecret, sha256 } from '../src/auth/secrets';
import { resetAppConfig } from '../src/config/app-config';
import { runMigrations } from '../src/database/migrate';
import { configureHttpApp } from '../src/http/configure-app';
import { AppExpressAdapter } from '../src/http/express-adapter';

/** Benchmarks run against their own database so they never disturb development data. */
export const BENCH_ENV = {
  NODE_ENV: 'production',
  APP_ENCRYPTION_KEY: 'ZGV2LW9ubHktYWRmbHV4LWVuY3J5cHRpb24ta2V5LTE=',
  COOKIE_SECURE: 'false',
  DATABASE_URL: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/adflux_bench',
  REDIS_URL: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/3',
  QUEUE_PREFIX: 'adflux_bench',
  LOG_LEVEL: 'silent',
  SEED_DEMO: 'false',
  API_TOKEN_RATE_LIMIT_PER_MINUTE: '100000000',
};

export async function benchApp(env: Record<string, string> = {}): Promise<{ app: NestExpressApplication; db: DataSource; url: string }> {
  Object.assign(process.env, BENCH_ENV, env);
  resetAppConfig();
  await runMigrations(BENCH_ENV.DATABASE_URL);
  const { AppModule } = await import('../src/app.module');
  const app = await NestFactory.create<NestExpressApplication>(AppModule, new AppExpressAdapter(), { logger: false, bodyParser: false });
  configureHttpApp(app, { logRequests: false });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return { app, db: app.get<DataSource>(getDataSourceToken()), url: `http://127.0.0.1:${address.port}` };
}

/**
 * A read/write API token inserted directly (the bench measures queries, not token creation). A token
 * acts for its creator, so it belongs to an active bench admin.
 */
export async function benchToken(db: DataSource): Promise<string> {
  const secret = `afx_${randomSecret()}`;
  const [user] = await db.query(
    `INSERT INTO users (email, name, role, password_hash) VALUES ('bench-admin@adflux.local', 'Bench admin', 'admin', 'x')
     ON CONFLICT (email) DO UPDATE SET active = true, role = 'admin' RETURNING id`,
  );
  await db.query(`INSERT INTO api_tokens (name, prefix, token_hash, scopes, created_by) VALUES ('bench', $1, $2, '{read,write}', $3)`, [secret.slice(0, 12), sha256(secret), user.id]);
  return secret;
}

/** A signed-in recruiter's session cookie, inserted directly (the benches measure the list, not login). */
export async function benchSessionCookie(db: ClientBase): Promise<string> {
  const email = 'bench-recruiter@adflux.local';
  const user = await db.query<{ id: string }>(
    `INSERT INTO users (email, name, role, password_hash) VALUES ($1, 'Bench', 'recruiter', 'x') ON CONFLICT (email) DO UPDATE SET active = true RETURNING id`,
    [email],
  );
  const token = randomSecret();
  await db.query(`INSERT INTO sessions (token_hash, csrf_token, user_id, expires_at) VALUES ($1, $2, $3, now() + interval '1 hour')`, [sha256(token), randomSecret(), user.rows[0].id]);
  return `adflux_session=${token}`;
}

export interface LatencyStats {
  n: number;
  p50: number;
  p99: number;
  mean: number;
}

export function stats(samples: number[]): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { n: sorted.length, p50: at(0.5), p99: at(0.99), mean: sorted.reduce((s, v) => s + v, 0) / sorted.length };
}

/** Sequential latency of one request, after a warm-up. */
export async function measure(url: string, headers: Record<string, string>, n = 200, warmup = 20): Promise<LatencyStats> {
  const call = async () => {
    const started = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${url} → ${res.status}`);
    return performance.now() - started;
  };
  for (let i = 0; i < warmup; i++) await call();
  const samples: number[] = [];
  for (let i = 0; i < n; i++) samples.push(await call());
  return stats(samples);
}

export const fmt = (s: LatencyStats) => `p50 ${s.p50.toFixed(1)} ms · p99 ${s.p99.toFixed(1)} ms · mean ${s.mean.toFixed(1)} ms (n=${s.n})`;

export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}
