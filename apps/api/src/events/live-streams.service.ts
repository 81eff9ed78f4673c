import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiTokensService } from '../api-tokens';
import { type Principal, SESSION_COOKIE, SessionsService } from '../auth';
import { ProblemException } from '../common/problem';
import { AppConfig, InjectConfig } from '../config/config.module';
import { LiveEventHub } from './live-event-hub';
import { isStreamId } from './live-event';
import { StreamConnection } from './stream-connection';

/** How long the browser waits before reconnecting after the stream drops (the SSE `retry:` field). */
const CLIENT_RETRY_MS = 3000;

/**
 * Serves GET /events/stream: headers, replay after Last-Event-ID, live events filtered for the
 * caller, a heartbeat comment, and a clean end when the client leaves or the process stops. At
 * each heartbeat the session or token is checked again, so signing out, a role change or a
 * revoked token ends the stream within one period (the reconnect then gets 401).
 */
@Injectable()
export class LiveStreams implements BeforeApplicationShutdown {
  private readonly open = new Set<() => void>();
  /** Open streams per caller (`session:<user id>` / `token:<token id>`) on this process. */
  private readonly perCaller = new Map<string, number>();

  constructor(
    private readonly hub: LiveEventHub,
    private readonly sessions: SessionsService,
    private readonly tokens: ApiTokensService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async serve(principal: Principal, req: Request, res: Response, queryLastId?: string): Promise<void> {
    const caller = `${principal.kind}:${principal.id}`;
    const held = this.perCaller.get(caller) ?? 0;
    if (held >= this.config.eventsMaxStreamsPerCaller) {
      throw new ProblemException(429, `At most ${this.config.eventsMaxStreamsPerCaller} live streams at once; close one (a page needs only one).`, { retryAfter: 30 });
    }
    this.perCaller.set(caller, held + 1);
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache, no-transform');
    res.setHeader('Connection', 'keep-alive');
    res.setHeader('X-Accel-Buffering', 'no'); // nginx: pass each event on at once
    res.flushHeaders();
    req.socket.setNoDelay(true);
    res.write(`retry: ${CLIENT_RETRY_MS}\n\n`);

    const viewer = { role: principal.role, userId: principal.kind === 'session' ? principal.id : null };
    const connection = new StreamConnection(res, viewer, (id) => this.hub.replayAfter(id), () => end());
    const unlisten = this.hub.listen(connection);
    const heartbeat = setInterval(() => {
      connection.comment('ping');
      void this.stillAllowed(principal, req).then((ok) => ok || end());
    }, this.config.eventsHeartbeatMs);
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      clearInterval(heartbeat);
      unlisten();
      connection.close();
      this.open.delete(end);
      const left = (this.perCaller.get(caller) ?? 1) - 1;
      if (left > 0) this.perCaller.set(caller, left);
      else this.perCaller.delete(caller);
      res.end();
    };
    this.open.add(end);
    req.on('close', end);

    const header = req.headers['last-event-id'];
    const lastId = isStreamId(header) ? header : queryLastId;
    if (lastId) await connection.catchUp(lastId);
    else connection.comment('connected');
  }

  /** Ends every stream before the HTTP server closes (it would wait for them otherwise). */
  beforeApplicationShutdown(): void {
    for (const end of [...this.open]) end();
  }

  get openCount(): number {
    return this.open.size;
  }

  /** The caller may still read with the same role. A database outage keeps the stream (rows tell the truth later). */
  private async stillAllowed(principal: Principal, req: Request): Promise<boolean> {
    try {
      if (principal.kind === 'session') {
        const cookie = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
        const session = cookie ? await this.sessions.resolve(cookie) : null;
        return !!session && session.user.role === principal.role;
      }
      const secret = req.headers.authorization?.split(' ')[1];
      const current = secret ? await this.tokens.authenticate(secret) : null;
      return !!current && current.role === principal.role && !!current.scopes?.includes('read');
    } catch {
      return true;
    }
  }
}
