import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import type { NestApplicationOptions } from '@nestjs/common';
import { ExpressAdapter } from '@nestjs/platform-express';
import type { Express } from 'express';

/**
 * Nest's Express adapter, with one change: Node builds each request and response on the Express
 * app's own prototypes (`app.request`, `app.response`).
 *
 * Express 5 otherwise re-points both objects at those prototypes on every request
 * (`Object.setPrototypeOf` in `app.handle`). On V8 that change of prototype keeps every object the
 * request touched alive through young-generation GCs: the whole request was promoted to the old
 * space and freed only by a full GC. On the candidate list at 10 connections, scavenges paused the
 * process for 11–18 ms every ~0.4 s and the heap climbed to 600 MB between full GCs
 * (docs/BENCHMARKS.md, "Express's prototype switch"). Built on the right prototype, Express's call
 * changes nothing, and a request's garbage dies young.
 */
export class AppExpressAdapter extends ExpressAdapter {
  override initHttpServer(options: NestApplicationOptions): void {
    // HTTPS and Nest's connection tracking stay Nest's own (this app terminates TLS at the proxy).
    if (options?.httpsOptions || options?.forceCloseConnections || options?.return503OnClosing) return super.initHttpServer(options);
    const app = this.getInstance<Express>();
    this.setHttpServer(
      createServer(
        { IncomingMessage: onPrototype(IncomingMessage, app.request), ServerResponse: onPrototype(ServerResponse, app.response) },
        app,
      ),
    );
  }
}

/** A constructor that builds `base` objects whose prototype is `prototype` from the start. */
function onPrototype<T extends typeof IncomingMessage | typeof ServerResponse>(base: T, prototype: object): T {
  function Constructed(...args: unknown[]): object {
    return Reflect.construct(base, args, Constructed) as object;
  }
  Constructed.prototype = prototype;
  return Constructed as unknown as T;
}
