import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import Redis from 'ioredis';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { PasswordService } from '../src/auth/password.service';
import { REDIS } from '../src/redis/redis.module';
import type { Role } from '../src/common/decorators';
import { resetAppConfig } from '../src/config/app-config';
import { configureHttpApp } from '../src/http/configure-app';
import { AppExpressAdapter } from '../src/http/express-adapter';
import { installContractCheck } from './support/contract-check';
import { applyTestEnv, TEST_ENV } from './test-env';

// Every response the integration suites receive is checked against libs/api-contract/openapi.json.
installContractCheck();

export interface TestApp {
  app: NestExpressApplication;
  http: ReturnType<typeof request>;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** The real application (same HTTP setup as main.ts) on the test database and Redis. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  applyTestEnv(env);
  resetAppConfig();
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>(new AppExpressAdapter(), { bodyParser: false, logger: false });
  configureHttpApp(app, { logRequests: false });
  await app.init();
  const dataSource = app.get<DataSource>(getDataSourceToken());
  return { app, http: request(app.getHttpServer()), dataSource, close: () => app.close() };
}

/** Empties every table but the migrations log, and the test Redis db. */
export async function resetState(dataSource: DataSource): Promise<void> {
  await clearTables(dataSource);
  const redis = new Redis(TEST_ENV.REDIS_URL);
  await redis.flushdb();
  await redis.quit();
}

/**
 * Empties the given tables (default: all but the migrations log) and every table whose rows reference them, like
 * TRUNCATE … CASCADE, and restarts their id sequences. DELETE rather than TRUNCATE: tests leave few rows, and TRUNCATE
 * creates and syncs new files for ~30 tables, ~0.3–0.9 s per test that the suite paid hundreds of times.
 * Foreign-key triggers are off inside the transaction (superuser test database), so the order does not matter.
 */
export async function clearTables(dataSource: DataSource, roots?: string[]): Promise<void> {
  const tables: { name: string }[] = await dataSource.query(
    roots
      ? `WITH RECURSIVE dependent(oid) AS (
           SELECT to_regclass(r) FROM unnest($1::text[]) AS r
           UNION SELECT c.conrelid FROM pg_constraint c JOIN dependent d ON c.confrelid = d.oid WHERE c.contype = 'f')
         SELECT DISTINCT format('%I', cl.relname) AS name FROM dependent d JOIN pg_class cl ON cl.oid = d.oid
         WHERE NOT cl.relispartition`
      : `SELECT format('%I', tablename) AS name FROM pg_tables
         WHERE schemaname = 'public' AND tablename <> 'schema_migrations'
           AND tablename NOT IN (SELECT c.relname FROM pg_class c WHERE c.relispartition)`,
    roots ? [roots] : [],
  );
  if (!tables.length) return;
  const names = tables.map((t) => t.name);
  await dataSource.transaction(async (tx) => {
    await tx.query(`SET LOCAL session_replication_role = replica`);
    await tx.query(names.map((name) => `DELETE FROM ${name};`).join(' '));
    await tx.query(
      `SELECT setval(s.seq, 1, false) FROM (
         SELECT pg_get_serial_sequence(format('%I', t), a.attname) AS seq
         FROM unnest($1::text[]) AS t JOIN pg_attribute a ON a.attrelid = to_regclass(t) AND a.attnum > 0 AND NOT a.attisdropped
       ) s WHERE s.seq IS NOT NULL`,
      [tables.map((t) => t.name.replace(/^"|"$/g, ''))],
    );
  });
}

/** Waits (up to 15 s) until the app's Redis client is connected, e.g. after a test restarted Redis. */
export async function redisReady(t: TestApp): Promise<void> {
  const client = t.app.get<Redis>(REDIS);
  const deadline = Date.now() + 15_000;
  while (client.status !== 'ready' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
}

let cachedHash: string | undefined;

export async function createUser(dataSource: DataSource, role: Role, email = `${role}-${Math.random().toString(36).slice(2, 8)}@test.local`, password = 'correct horse battery'): Promise<{ id: string; email: string; password: string }> {
  // Hashing is slow on purpose; tests reuse one hash for the shared password.
  const hash = password === 'correct horse battery' ? (cachedHash ??= await new PasswordService().hash(password)) : await new PasswordService().hash(password);
  const [row] = await dataSource.query(
    `INSERT INTO users (email, name, role, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`,
    [email, `Test ${role}`, role, hash],
  );
  return { id: row.id, email, password };
}

/** A signed-in browser-like client: session cookie plus the CSRF header on every request. */
export interface Session {
  cookie: string;
  csrf: string;
  get(url: string): request.Test;
  post(url: string, body?: object): request.Test;
  patch(url: string, body?: object): request.Test;
  put(url: string, body?: object): request.Test;
  delete(url: string): request.Test;
}

export async function login(app: INestApplication, email: string, password = 'correct horse battery'): Promise<Session> {
  const res = await request(app.getHttpServer()).post('/api/auth/login').send({ email, password }).expect(200);
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const cookie = cookies.map((c) => c.split(';')[0]).join('; ');
  const csrf = /adflux_csrf=([^;]+)/.exec(cookie)?.[1] ?? '';
  const server = app.getHttpServer();
  const withAuth = (t: request.Test) => t.set('Cookie', cookie).set('X-CSRF-Token', csrf);
  return {
    cookie, csrf,
    get: (url) => withAuth(request(server).get(url)),
    post: (url, body) => withAuth(request(server).post(url)).send(body ?? {}),
    patch: (url, body) => withAuth(request(server).patch(url)).send(body ?? {}),
    put: (url, body) => withAuth(request(server).put(url)).send(body ?? {}),
    delete: (url) => withAuth(request(server).delete(url)),
  };
}

export async function loginAs(t: TestApp, role: Role): Promise<Session & { userId: string; email: string }> {
  const user = await createUser(t.dataSource, role);
  const session = await login(t.app, user.email);
  return { ...session, userId: user.id, email: user.email };
}

/** Expects a problem+json body and returns it. */
export function expectProblem(res: request.Response, status: number, field?: string): Record<string, unknown> {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  if (field) expect((res.body.errors ?? []).map((e: { field: string }) => e.field)).toContain(field);
  return res.body;
}
