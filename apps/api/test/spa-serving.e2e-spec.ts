import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { get, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { createTestApp, expectProblem, TestApp } from './harness';

const SCRIPT = `console.log(${JSON.stringify('app '.repeat(500))})`;

/** A GET with the raw, undecoded body (supertest would decompress it for us). */
async function rawGet(t: TestApp, path: string, acceptEncoding: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  const server: Server = t.app.getHttpServer();
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path, headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

/** The API serves the built SPA: files, client-side routes → index.html, and never for API paths. */
describe('SPA serving (integration)', () => {
  let t: TestApp;
  let dist: string;
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'adflux-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>AdFlux test shell</title>');
    writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    // What the build writes: the hashed script and its precompressed twins.
    const script = join(dist, 'assets', 'app-1a2B3c4D.js');
    writeFileSync(script, SCRIPT);
    writeFileSync(`${script}.br`, brotliCompressSync(SCRIPT));
    writeFileSync(`${script}.gz`, gzipSync(SCRIPT));
    writeFileSync(join(dist, 'assets', 'plain-9z8Y7x6W.css'), 'body{color:red}');
    t = await createTestApp({ WEB_DIST_DIR: dist });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves hashed files as immutable for a year, the shell for client-side routes as no-cache', async () => {
    const asset = await t.http.get('/assets/plain-9z8Y7x6W.css').set('Accept-Encoding', 'identity').expect(200);
    expect(asset.text).toBe('body{color:red}');
    expect(asset.headers['content-type']).toMatch(/^text\/css/);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const favicon = await t.http.get('/favicon.svg').expect(200);
    expect(favicon.headers['cache-control']).toBe('public, max-age=3600');
    for (const path of ['/', '/jobs/3f0c', '/settings/users', '/index.html']) {
      const shell = await t.http.get(path).expect(200);
      expect(shell.text).toContain('AdFlux test shell');
      expect(shell.headers['cache-control']).toBe('no-cache');
    }
  });

  it('sends the brotli twin to clients that accept it, gzip to the others, the plain file otherwise', async () => {
    const br = await rawGet(t, '/assets/app-1a2B3c4D.js', 'gzip, deflate, br');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(br.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT);
    expect(br.body.length).toBeLessThan(SCRIPT.length / 4);

    const gz = await rawGet(t, '/assets/app-1a2B3c4D.js', 'gzip, br;q=0');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);

    const plain = await t.http.get('/assets/app-1a2B3c4D.js').set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(SCRIPT);
    expect(plain.headers['vary']).toMatch(/Accept-Encoding/i);
  });

  it('answers /robots.txt, keeping crawlers out of a signed-in app', async () => {
    const robots = await t.http.get('/robots.txt').expect(200);
    expect(robots.headers['content-type']).toMatch(/^text\/plain/);
    expect(robots.text).toBe('User-agent: *\nDisallow: /\n');
  });

  it('never answers API or tracking paths with the shell or a file', async () => {
    writeFileSync(join(dist, 'api'), 'a file named like the API prefix');
    expectProblem(await t.http.get('/api'), 404);
    expectProblem(await t.http.get('/api/does-not-exist'), 404);
    expectProblem(await t.http.get('/r/unknown-tracking-code'), 404);
    expectProblem(await t.http.post('/jobs').send({}), 404);
    const traversal = await t.http.get('/assets/..%2f..%2f..%2f..%2fetc%2fpasswd').set('Accept-Encoding', 'br, gzip');
    expect(traversal.text).not.toContain('root:');
  });
});
