import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { spaAssets } from './spa-assets';

describe('spaAssets', () => {
  let server: Server;
  let port: number;
  const fallthrough: unknown[] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spa-assets-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets/app-abcdef12.js'), 'x');
    // A large precompressed twin, so the download is still streaming when the client goes away.
    writeFileSync(join(dir, 'assets/app-abcdef12.js.br'), Buffer.alloc(16 * 1024 * 1024, 1));
    const app = express();
    app.use(spaAssets(dir));
    app.use((error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
      fallthrough.push(error);
      if (!res.headersSent) res.status(500).end();
    });
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('serves the precompressed twin with its encoding and an immutable cache', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/assets/app-abcdef12.js`, { headers: { 'accept-encoding': 'br' }, method: 'HEAD' });
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('cache-control')).toContain('immutable');
  });

  it('a client aborting mid-download is not passed on as an error (the fallback would set headers on a sent response)', async () => {
    await new Promise<void>((resolve) => {
      const req = get({ host: '127.0.0.1', port, path: '/assets/app-abcdef12.js', headers: { 'accept-encoding': 'br' } }, (res) => {
        res.once('data', () => req.destroy());
      });
      req.on('error', () => undefined);
      req.on('close', () => resolve());
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fallthrough).toEqual([]);
  });
});
