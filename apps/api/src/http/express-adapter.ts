import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import type { NestApplicationOptions } from '@nestjs/common';
import { ExpressAdapter } from '@nestjs/platform-express';
import type { Express } from 'express';

/**
 * Nest's Express adapter, with one change: Node builds each request and response as instances of
 * classes whose prototypes are the Express app's own (`app.request`, `app.response`).
 *
 * Express 5 otherwise re-points both objects at those prototypes on every request
 * (`Object.setPrototypeOf` in `app.handle`). On V8 that kept every object the request touched alive
 * through young-generation GCs, so the whole request was promoted and freed only by a full GC: on
 * the candidate list at 10 connections scavenges paused the process for 11–18 ms every ~0.4 s and
 * the heap climbed to 600 MB between full GCs (docs/BENCHMARKS.md, "Express's prototype switch").
 * Built on the right prototype, Express's call changes nothing and a request's garbage dies young.
 *
 * They must be real subclasses: a plain function that builds them with `Reflect.construct` and the
 * app's prototype (this adapter's first form) kept requests alive just the same (docs/BENCHMARKS.md,
 * "Subclasses, not `Reflect.construct`").
 */
export class AppExpressAdapter extends ExpressAdapter {
  override initHttpServer(options: NestApplicationOptions): void {
    // HTTPS and Nest's connection tracking stay Nest's own (this app terminates TLS at the proxy).
    if (options?.httpsOptions || options?.forceCloseConnections || options?.return503OnClosing) return super.initHttpServer(options);
    const app = this.getInstance<Express>();
    class AppRequest extends IncomingMessage {}
    class AppResponse extends ServerResponse {}
    app.request = becomePrototype(AppRequest, app.request) as Express['request'];
    app.response = becomePrototype(AppResponse, app.response) as Express['response'];
    this.setHttpServer(createServer({ IncomingMessage: AppRequest, ServerResponse: AppResponse }, app));
  }
}

/**
 * Makes `cls.prototype` stand in for `current` (the app's request or response prototype): the same
 * own properties (`app`) and the same parent (Express's request or response methods). Done once,
 * at start-up, on prototypes only.
 */
function becomePrototype(cls: { prototype: object }, current: object): object {
  Object.setPrototypeOf(cls.prototype, Object.getPrototypeOf(current) as object);
  Object.defineProperties(cls.prototype, Object.getOwnPropertyDescriptors(current));
  return cls.prototype;
}
