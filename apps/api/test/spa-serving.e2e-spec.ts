import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, expectProblem, TestApp } from './harness';

/** The API serves the built SPA: files, client-side routes → index.html, and never for API paths. */
describe('SPA serving (integration)', () => {
  let t: TestApp;
  let dist: string;
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'adflux-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>AdFlux test shell</title>');
    writeFileSync(join(dist, 'assets', 'app-123.js'), 'console.log("app")');
    t = await createTestApp({ WEB_DIST_DIR: dist });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves assets with a cache lifetime and the shell for client-side routes without one', async () => {
    const asset = await t.http.get('/assets/app-123.js').expect(200);
    expect(asset.text).toBe('console.log("app")');
    expect(asset.headers['cache-control']).toMatch(/max-age=3600/);
    for (const path of ['/', '/jobs/3f0c', '/settings/users']) {
      const shell = await t.http.get(path).expect(200);
      expect(shell.text).toContain('AdFlux test shell');
      expect(shell.headers['cache-control']).toBe('no-cache');
    }
  });

  it('never answers API or tracking paths with the shell or a file', async () => {
    writeFileSync(join(dist, 'api'), 'a file named like the API prefix');
    expectProblem(await t.http.get('/api'), 404);
    expectProblem(await t.http.get('/api/does-not-exist'), 404);
    expectProblem(await t.http.get('/r/unknown-tracking-code'), 404);
    expectProblem(await t.http.post('/jobs').send({}), 404);
  });
});
