import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createTestApp, resetState, TestApp } from './harness';
import { TEST_ENV } from './test-env';

const BIN = join(__dirname, '../bin/adflux.js');
// Each command boots the whole application in a fresh process (compiled on the fly from the sources here).
const SLOW = 600_000;

/** Runs `adflux …` as a separate process against the test database and Redis. */
function adflux(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...TEST_ENV }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += String(c)));
    child.stderr.on('data', (c) => (stderr += String(c)));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('adflux CLI against the test database (integration)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ APP_ROLE: 'api' });
    await resetState(t.dataSource);
  });
  afterAll(() => t.close());

  it('creates and lists users through the API\'s own service and rules, exiting 1 with the field on bad input', async () => {
    const created = await adflux('users', 'create', '--email', 'Ops@Example.com', '--name', 'Ops', '--role', 'recruiter');
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toMatch(/^created ops@example\.com \(recruiter\)\ntemporary password: \S{12,}\n$/);
    const [row] = await t.dataSource.query(`SELECT role, password_hash FROM users WHERE email = 'ops@example.com'`);
    expect(row.role).toBe('recruiter');
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    const [audit] = await t.dataSource.query(`SELECT action FROM audit_log WHERE target_type = 'user'`);
    expect(audit.action).toBe('user.created');

    const list = await adflux('users', 'list');
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/ops@example\.com\s+Ops\s+recruiter\s+true/);

    const duplicate = await adflux('users', 'create', '--email', 'ops@example.com', '--name', 'Again', '--role', 'viewer');
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain('email: is already used by another account');
    const bad = await adflux('users', 'create', '--email', 'not-an-email', '--name', 'X', '--role', 'owner');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--email: .*email/);
  }, SLOW);

  it('lists queues, refuses an unknown queue, runs migrations, and fails on an unknown command', async () => {
    const queues = await adflux('queues', 'list');
    expect(queues.code).toBe(0);
    expect(queues.stdout).toMatch(/^name\s+waiting\s+active\s+delayed\s+failed/);
    expect(queues.stdout).toMatch(/\nmetrics-sync\s+0\s+0\s+0\s+0/);
    const unknown = await adflux('queues', 'clean', 'nope');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('There is no queue named nope.');
    const badAge = await adflux('queues', 'clean', 'metrics-sync', '--older-than', 'soon');
    expect(badAge.code).toBe(1);
    expect(badAge.stderr).toContain('must be a whole number');
    expect(await adflux('db', 'migrate')).toMatchObject({ code: 0, stdout: expect.stringContaining('database is up to date') });
    expect((await adflux('frobnicate')).code).toBe(1);
  }, SLOW);
});
