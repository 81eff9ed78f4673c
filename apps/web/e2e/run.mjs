#!/usr/bin/env node
// End-to-end harness: fresh database and Redis db, the built API (serving the built SPA), then every
// `e2e/*.e2e.mjs` file under `node --test`, one file at a time. Run by `npm run test:e2e` after `npm run build`.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Redis from 'ioredis';
import pg from 'pg';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const PORT = Number(process.env.E2E_PORT ?? 3300);
const BASE_URL = `http://127.0.0.1:${PORT}`;
// Overridable so several engineers (or worktrees) can run the suite side by side.
const DB_NAME = process.env.E2E_DB_NAME ?? 'adflux_e2e';
const PG_ADMIN_URL = process.env.E2E_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASE_URL = `postgres://postgres@127.0.0.1:5432/${DB_NAME}`;
const REDIS_URL = process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379/2';
const SITE_AUDITS = ['mobile.e2e.mjs', 'quality.e2e.mjs'];
const ADMIN_EMAIL = 'admin@e2e.local';
const ADMIN_PASSWORD = 'e2e-admin-password';

const log = (message) => console.log(`[e2e] ${message}`);

async function resetDatabase() {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${DB_NAME}`);
  } finally {
    await client.end();
  }
}

async function flushRedis() {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    await redis.flushdb();
  } finally {
    redis.disconnect();
  }
}

function startApi() {
  const api = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(PORT),
      DATABASE_URL,
      REDIS_URL,
      QUEUE_PREFIX: 'adflux_e2e',
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      // Plain http on 127.0.0.1: a Secure cookie would never come back.
      COOKIE_SECURE: 'false',
      WEB_DIST_DIR: join(root, 'apps/web/dist'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = (stream, target) => stream.on('data', (chunk) => target.write(String(chunk).replace(/^(?=.)/gm, '[api] ')));
  prefix(api.stdout, process.stdout);
  prefix(api.stderr, process.stderr);
  return api;
}

async function waitUntilReady(api, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error(`the API exited with code ${api.exitCode} before it was ready`);
    try {
      const res = await fetch(`${BASE_URL}/api/health/ready`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the API was not ready at ${BASE_URL}/api/health/ready within ${timeoutMs / 1000}s`);
}

async function stopApi(api) {
  if (!api || api.exitCode !== null || api.signalCode !== null) return;
  const exited = new Promise((r) => api.once('exit', r));
  api.kill('SIGTERM');
  const timer = setTimeout(() => api.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

function runTests(files) {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, ['--test', '--test-concurrency=1', ...files], {
      cwd: root,
      // E2E_DATABASE_URL: the files that seed metrics straight into the database use this run's database.
      env: { ...process.env, BASE_URL, E2E_ADMIN_EMAIL: ADMIN_EMAIL, E2E_ADMIN_PASSWORD: ADMIN_PASSWORD, E2E_DATABASE_URL: DATABASE_URL },
      stdio: 'inherit',
    });
    child.on('exit', (code, signal) => resolveRun(code ?? (signal ? 1 : 0)));
  });
}

async function main() {
  for (const [path, hint] of [
    ['apps/web/dist/index.html', 'the SPA'],
    ['apps/api/dist/main.js', 'the API'],
  ]) {
    if (!existsSync(join(root, path))) throw new Error(`${path} is missing: run \`npm run build\` first (${hint} must be built).`);
  }
  // E2E_ONLY=campaigns or E2E_ONLY=mobile,quality runs only the files whose names contain them (a quicker local loop).
  const only = (process.env.E2E_ONLY ?? '').split(',').filter(Boolean);
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.e2e.mjs') && (only.length === 0 || only.some((name) => f.includes(name))))
    // The site-wide audits run last: their site map generates jobs and candidates that would change what
    // the other files' segmentations find.
    .sort((a, b) => Number(SITE_AUDITS.includes(a)) - Number(SITE_AUDITS.includes(b)) || a.localeCompare(b))
    .map((f) => join(here, f));
  if (files.length === 0) throw new Error(`no *.e2e.mjs files in ${here}`);

  log(`fresh database ${DB_NAME}, Redis ${REDIS_URL}`);
  await resetDatabase();
  await flushRedis();

  let api;
  const stopOnSignal = (signal) => {
    log(`${signal}: stopping the API`);
    void stopApi(api).finally(() => process.exit(130));
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);

  try {
    api = startApi();
    await waitUntilReady(api);
    log(`API ready at ${BASE_URL}; running ${files.length} file(s)`);
    return await runTests(files);
  } finally {
    await stopApi(api);
  }
}

main().then(
  (code) => {
    log(code === 0 ? 'passed' : `failed (exit code ${code})`);
    process.exit(code);
  },
  (error) => {
    console.error(`[e2e] ${error.message}`);
    process.exit(1);
  },
);
