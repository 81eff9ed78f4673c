import 'reflect-metadata';
import { execFile } from 'node:child_process';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Controller, Get, INestApplication, Query, Req } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { Express, Request } from 'express';
import { AppExpressAdapter } from './express-adapter';

@Controller('echo')
class EchoController {
  @Get()
  echo(@Query('word') word: string, @Req() req: Request) {
    return { word, ip: req.ip, path: req.path };
  }
}

describe('AppExpressAdapter', () => {
  let app: INestApplication;
  let express: Express;
  let url: string;
  const seen: Array<{ request: object; response: object }> = [];

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ controllers: [EchoController] }).compile();
    app = moduleRef.createNestApplication(new AppExpressAdapter(), { logger: false });
    await app.listen(0, '127.0.0.1');
    express = app.getHttpAdapter().getInstance() as Express;
    const server = app.getHttpServer() as Server;
    // Runs before Express's own listener: the prototypes Node built the objects on, before Express touches them.
    server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => seen.push({ request: Object.getPrototypeOf(req), response: Object.getPrototypeOf(res) }));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });

  afterAll(() => app.close());

  it("builds every request and response on the Express app's prototypes, so Express never has to switch them", async () => {
    await fetch(`${url}/echo?word=a`);
    await fetch(`${url}/echo?word=b`);
    expect(seen).toHaveLength(2);
    for (const { request, response } of seen) {
      expect(request).toBe(express.request);
      expect(response).toBe(express.response);
    }
  });

  it("keeps Express's request and response API working (query, ip, path, JSON body)", async () => {
    const res = await fetch(`${url}/echo?word=hello`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ word: 'hello', ip: '127.0.0.1', path: '/echo' });
  });

  // What the adapter is for: a request's objects die young. Measured in a process of its own
  // (test/support/request-promotion.probe.ts): with Nest's stock adapter (Express's per-request
  // prototype switch) scavenges promoted ~9 200 B per request, with objects built by Reflect.construct
  // on the app's prototype ~2 050, with this adapter's subclasses 5–63.
  it('lets young-generation GCs free each request instead of promoting it to the old space', async () => {
    const ours = await promotion('app');
    const stock = await promotion('stock');
    expect(ours.scavenges).toBeGreaterThan(2);
    expect(ours.promotedPerRequest).toBeLessThan(1024);
    // The instrument still sees the retention it guards against (a V8 that frees those too needs no adapter).
    expect(stock.promotedPerRequest).toBeGreaterThan(4096);
  }, 60_000);
});

/** The probe's figures for one adapter, in a fresh process whose heap holds nothing but the probe. */
async function promotion(adapter: 'app' | 'stock'): Promise<{ promotedPerRequest: number; scavenges: number }> {
  const probe = join(__dirname, '../../test/support/request-promotion.probe.ts');
  const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', '-r', '@swc-node/register', probe, adapter], { cwd: join(__dirname, '../../../..') });
  return JSON.parse(stdout) as { promotedPerRequest: number; scavenges: number };
}
