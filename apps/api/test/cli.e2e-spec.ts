// First: the CLI is an api process (no queue consumers), and Nest modules read APP_ROLE when they load.
import '../src/cli/cli-role';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import request from 'supertest';
import { adfluxIn, adfluxProcess } from './cli-runner';
import { createUser, createTestApp, login, resetState, TestApp } from './harness';

// A spawned command compiles the sources on the fly and boots the whole application.
const SLOW = 600_000;

describe('adflux CLI against the test database (integration)', () => {
  let t: TestApp;
  const cli = (...args: string[]) => adfluxIn(t.app, ...args);
  beforeAll(async () => {
    t = await createTestApp({ APP_ROLE: 'api' });
    await resetState(t.dataSource);
  });
  afterAll(() => t.close());

  it('as a process: --help lists every command, users create uses the API\'s service, refusals exit 1', async () => {
    const help = await adfluxProcess('--help');
    expect(help.code).toBe(0);
    for (const command of ['users', 'tokens', 'db', 'segments', 'sync', 'queues', 'schedules', 'export']) expect(help.stdout).toMatch(new RegExp(`\\n  ${command}\\s`));

    const created = await adfluxProcess('users', 'create', '--email', 'Ops@Example.com', '--name', 'Ops', '--role', 'admin');
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toMatch(/^created ops@example\.com \(admin\)\ntemporary password: \S{12,}\n$/);
    const [row] = await t.dataSource.query(`SELECT role, password_hash FROM users WHERE email = 'ops@example.com'`);
    expect(row.role).toBe('admin');
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    const [audit] = await t.dataSource.query(`SELECT action, actor_type FROM audit_log WHERE target_type = 'user'`);
    expect(audit).toEqual({ action: 'user.created', actor_type: 'system' });

    const reset = await adfluxProcess('db', 'reset');
    expect(reset.code).toBe(1);
    expect(reset.stderr).toMatch(/refusing to reset database "\w+" without --yes/);
    expect(await t.dataSource.query(`SELECT 1 FROM users`)).toHaveLength(1);
    const unknown = await adfluxProcess('frobnicate');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
  }, SLOW);

  it('users list|set-role|reset-password, with the API\'s rules and clear refusals', async () => {
    const viewer = await createUser(t.dataSource, 'viewer', 'vee@example.com');
    const list = await cli('users', 'list');
    expect(list.stdout).toMatch(/ops@example\.com\s+Ops\s+admin\s+true/);
    expect(JSON.parse((await cli('users', 'list', '--json')).stdout).map((u: { email: string }) => u.email)).toEqual(['ops@example.com', 'vee@example.com']);
    expect(await cli('users', 'create', '--email', 'ops@example.com', '--name', 'Again', '--role', 'viewer')).toMatchObject({ code: 1, stderr: expect.stringContaining('email: is already used by another account') });
    expect(await cli('users', 'create', '--email', 'not-an-email', '--name', 'X', '--role', 'owner')).toMatchObject({ code: 1, stderr: expect.stringMatching(/--email: .*email[\s\S]*--role: must be one of/) });

    expect(await cli('users', 'set-role', 'VEE@example.com', 'recruiter')).toMatchObject({ code: 0, stdout: 'vee@example.com is now recruiter\n' });
    expect((await t.dataSource.query(`SELECT role FROM users WHERE id = $1`, [viewer.id]))[0].role).toBe('recruiter');
    expect(await cli('users', 'set-role', 'vee@example.com', 'owner')).toMatchObject({ code: 1, stderr: expect.stringContaining('--role: must be one of') });
    expect(await cli('users', 'set-role', 'nobody@example.com', 'viewer')).toMatchObject({ code: 1, stderr: 'adflux: There is no user with the e-mail nobody@example.com.' });
    expect(await cli('users', 'set-role', 'ops@example.com', 'viewer')).toMatchObject({ code: 1, stderr: expect.stringContaining('At least one active admin must remain') });

    const session = await login(t.app, viewer.email, viewer.password);
    const reset = await cli('users', 'reset-password', 'vee@example.com');
    expect(reset.code).toBe(0);
    const password = /temporary password: (\S+)/.exec(reset.stdout)![1]!;
    await session.get('/api/auth/me').expect(401); // the old sessions ended
    await login(t.app, viewer.email, password);
    await request(t.app.getHttpServer()).post('/api/auth/login').send({ email: viewer.email, password: viewer.password }).expect(401);
    expect(await cli('users', 'reset-password', 'vee@example.com', '--password', 'short')).toMatchObject({ code: 1, stderr: expect.stringContaining('--password: must be longer') });
    expect(await cli('users', 'reset-password', 'nobody@example.com')).toMatchObject({ code: 1, stderr: expect.stringContaining('There is no user') });
    const actions = await t.dataSource.query(`SELECT action FROM audit_log WHERE target_id = $1 AND action LIKE 'user.%' ORDER BY at`, [viewer.id]);
    expect(actions.map((a: { action: string }) => a.action)).toEqual(['user.role_changed', 'user.password_reset']);
  });

  it('tokens create|list|revoke: the secret is printed once, works against the API, and stops working when revoked', async () => {
    const created = await cli('tokens', 'create', '--name', 'ATS', '--owner', 'ops@example.com', '--scopes', 'read,write');
    expect(created.code).toBe(0);
    const [, id, secret] = /created token (\S+) "ATS" \(read,write\) for ops@example\.com\nsecret \(shown only this once\): (afx_\S+)\n$/.exec(created.stdout)!;
    const me = () => request(t.app.getHttpServer()).get('/api/auth/me').set('Authorization', `Bearer ${secret}`);
    await me().expect(200);
    const list = await cli('tokens', 'list');
    expect(list.stdout).toMatch(new RegExp(`${id}\\s+ATS\\s+afx_\\S+\\s+read,write`));
    expect(list.stdout).not.toContain(secret);
    expect(await cli('tokens', 'revoke', id!)).toMatchObject({ code: 0, stdout: expect.stringMatching(/^revoked ATS/) });
    await me().expect(401);

    expect(await cli('tokens', 'create', '--name', 'X', '--owner', 'ops@example.com', '--scopes', 'admin')).toMatchObject({ code: 1, stderr: expect.stringContaining('--scopes:') });
    expect(await cli('tokens', 'create', '--name', 'X', '--owner', 'ghost@example.com')).toMatchObject({ code: 1, stderr: expect.stringContaining('There is no user with the e-mail ghost@example.com') });
    expect(await cli('tokens', 'revoke', '00000000-0000-4000-8000-000000000000')).toMatchObject({ code: 1, stderr: expect.stringContaining('does not exist') });
    expect(await cli('tokens', 'revoke', 'abc')).toMatchObject({ code: 1, stderr: expect.stringContaining('must be a UUID') });
  });

  it('segments run|activate|list and sync run go through the API\'s services and queues', async () => {
    expect(await cli('segments', 'list')).toMatchObject({ code: 0, stdout: expect.stringContaining('no segmentation is active yet') });
    const run = await cli('segments', 'run', '--k', '3');
    const runId = /queued segmentation run (\S+);/.exec(run.stdout)![1]!;
    const [row] = await t.dataSource.query(`SELECT status, trigger, parameters->>'k' AS k FROM segmentation_runs WHERE id = $1`, [runId]);
    expect(row).toEqual({ status: 'queued', trigger: 'manual', k: '3' });
    expect(await t.app.get<Queue>(getQueueToken('segmentation')).getJob(runId)).not.toBeNull();
    expect(await cli('segments', 'run')).toMatchObject({ code: 1, stderr: expect.stringContaining('already queued or running') });
    expect(await cli('segments', 'run', '--k', '1')).toMatchObject({ code: 1, stderr: expect.stringContaining('--k: must not be less than 2') });
    expect(await cli('segments', 'activate', runId)).toMatchObject({ code: 1, stderr: expect.stringContaining('Only a succeeded run can be activated; this one is queued.') });
    expect(await cli('segments', 'list', '--run', runId)).toMatchObject({ code: 0, stdout: expect.stringContaining(`run ${runId} (queued`) });
    // As if a worker had trained it (training itself is the segments specs' business).
    await t.dataSource.query(`UPDATE segmentation_runs SET status = 'succeeded', k = 3 WHERE id = $1`, [runId]);
    expect(await cli('segments', 'activate', runId)).toMatchObject({ code: 0, stdout: `run ${runId} is now the current segmentation (k = 3)\n` });
    expect((await t.dataSource.query(`SELECT active FROM segmentation_runs WHERE id = $1`, [runId]))[0].active).toBe(true);
    expect(await cli('segments', 'list')).toMatchObject({ code: 0, stdout: expect.stringContaining(`run ${runId} (succeeded, active, k = 3)`) });

    expect(await cli('sync', 'run', '--campaign', '00000000-0000-4000-8000-000000000000')).toMatchObject({ code: 1, stderr: expect.stringContaining('Campaign 00000000-0000-4000-8000-000000000000 does not exist.') });
    expect(await cli('sync', 'run')).toMatchObject({ code: 0, stdout: 'queued a metrics sync of every connection\n' });
    const [job] = await t.dataSource.query(
      `INSERT INTO jobs (title, description, short_description, company, country_code, remote, employment_type, experience_level, application_url, status)
       VALUES ('Backend engineer', 'Build APIs', 'Build APIs', 'Acme', 'US', 'remote', 'full_time', 'senior', 'https://jobs.acme.example/apply', 'open') RETURNING id`,
    );
    const [campaign] = await t.dataSource.query(
      `INSERT INTO campaigns (name, job_id, segment_ids, objective, daily_budget_minor, currency, starts_at, creative)
       VALUES ('Backend US', $1, ARRAY[gen_random_uuid()], 'traffic', 5000, 'USD', now(), '{}') RETURNING id`, [job.id],
    );
    expect((await cli('sync', 'run', '--campaign', campaign.id)).stdout).toMatch(new RegExp(`^queued sync of campaign ${campaign.id} \\(job sync-campaign:${campaign.id}:\\S+\\)\n$`));
    expect(await t.dataSource.query(`SELECT 1 FROM metrics_sync_requests WHERE campaign_id = $1`, [campaign.id])).toHaveLength(1);
    const jobs = await t.app.get<Queue>(getQueueToken('metrics-sync')).getJobs(['waiting']);
    expect(jobs.map((j) => j.name).sort()).toEqual(['sync-campaign', 'sync-slot']);
  });

  it('queues and schedules: counts, retry, clean, every declared cron, and running one now', async () => {
    const queues = await cli('queues', 'list');
    expect(queues.stdout).toMatch(/^name\s+waiting\s+active\s+delayed\s+failed/);
    expect(queues.stdout).toMatch(/\nmetrics-sync\s+2\s+0\s+0\s+0/);
    expect(JSON.parse((await cli('queues', 'list', '--json')).stdout).find((q: { name: string }) => q.name === 'segmentation')).toMatchObject({ waiting: 2 }); // the run, and the placement its activation queued
    expect(await cli('queues', 'retry-failed')).toMatchObject({ code: 0, stdout: 'retried 0 job(s)\n' });
    expect(await cli('queues', 'clean', 'nope')).toMatchObject({ code: 1, stderr: expect.stringContaining('There is no queue named nope.') });
    expect(await cli('queues', 'clean', 'metrics-sync', '--older-than', 'soon')).toMatchObject({ code: 1, stderr: expect.stringContaining('must be a whole number') });

    const schedules = await cli('schedules', 'list');
    expect(schedules.stdout).toMatch(/\nmetrics-sync\s+\S+ \S+ \S+ \S+ \S+\s+—\s+—\s+0/);
    expect(schedules.stdout).toMatch(/\nsegmentation-nightly\s+off/);
    await t.app.get<Queue>(getQueueToken('campaigns')).empty();
    const ran = await cli('schedules', 'run', 'campaigns-reconcile');
    expect(ran.stdout).toMatch(/^enqueued campaigns-reconcile for slot \d{4}-\d\d-\d\dT\d\d:\d\d; a worker runs it\n$/);
    expect((await t.app.get<Queue>(getQueueToken('campaigns')).getJobs(['waiting'])).map((j) => j.id)).toEqual([expect.stringMatching(/reconcile/)]);
    expect(await cli('schedules', 'run', 'nope')).toMatchObject({ code: 1, stderr: expect.stringContaining('There is no schedule named nope. Schedules: campaigns-reconcile') });
  });

  it('export json streams every table as JSON lines with secrets redacted; db migrate, seed and reset --yes', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'adflux-export-')), 'export.jsonl');
    const exported = await cli('export', 'json', '--out', out);
    expect(exported.stderr).toMatch(/^exported \d+ row\(s\) from \d+ non-empty table\(s\)/);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { table: string; row: Record<string, unknown> });
    const users = lines.filter((l) => l.table === 'users');
    expect(users).toHaveLength(2);
    expect(users.every((u) => u.row.password_hash === '[redacted]')).toBe(true);
    expect(lines.find((l) => l.table === 'api_tokens')!.row).toMatchObject({ name: 'ATS', token_hash: '[redacted]' });
    expect(new Set(lines.map((l) => l.table))).toEqual(new Set(['users', 'api_tokens', 'audit_log', 'segmentation_runs', 'sessions', 'jobs', 'campaigns', 'metrics_sync_requests', 'schema_migrations']));
    expect(lines.find((l) => l.table === 'sessions')!.row).toMatchObject({ token_hash: '[redacted]', csrf_token: '[redacted]' });
    const text = readFileSync(out, 'utf8');
    expect(text).not.toMatch(/\$argon2/);

    // On stdout, as a separate process (no application boot: a cursor over one snapshot).
    const piped = await adfluxProcess('export', 'json', '--tables', 'users');
    expect(piped.code).toBe(0);
    expect(piped.stdout.trim().split('\n').map((l) => JSON.parse(l).row.email).sort()).toEqual(['ops@example.com', 'vee@example.com']);
    expect(await cli('export', 'json', '--tables', 'users,nope')).toMatchObject({ code: 1, stderr: expect.stringContaining('unknown table(s): nope') });

    expect(await cli('db', 'migrate')).toMatchObject({ code: 0, stdout: expect.stringContaining('database is up to date') });
    expect(await cli('db', 'seed', '--candidates', '40', '--jobs', '3', '--seed', '5')).toMatchObject({ code: 0 });
    const [counts] = await t.dataSource.query(`SELECT (SELECT count(*)::int FROM candidates) AS candidates, (SELECT count(*)::int FROM jobs) AS jobs`);
    expect(counts).toEqual({ candidates: 40, jobs: 1 + 3 });
    expect(await cli('db', 'seed', '--candidates', 'many')).toMatchObject({ code: 1, stderr: expect.stringContaining('must be a whole number') });
    const reset = await cli('db', 'reset', '--yes');
    expect(reset.stdout).toMatch(/dropped every table[\s\S]*applied migration [\s\S]*was reset and is up to date/);
    expect(await t.dataSource.query(`SELECT 1 FROM users`)).toHaveLength(0);
  }, SLOW);
});
