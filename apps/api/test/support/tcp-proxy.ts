import { createServer, Server, Socket, connect } from 'node:net';

/**
 * A TCP proxy a test (or the fault suite) controls, to cut a dependency (PostgreSQL, Redis) for
 * the app under test without ever stopping the shared server. `cut()` kills every open connection
 * and resets new ones, as a database restart looks to the app; `hang()` accepts and never
 * answers; `refuse()` stops listening (ECONNREFUSED); `restore()` lets traffic through again.
 */
export class TcpProxy {
  private readonly sockets = new Set<Socket>();
  private server?: Server;
  private mode: 'up' | 'reset' | 'hang' = 'up';
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  /** A started proxy in front of `host:port`, on a free local port. */
  static async listen(host: string, port: number): Promise<TcpProxy> {
    const proxy = new TcpProxy({ host, port });
    await proxy.start();
    return proxy;
  }

  /** `url` with its host and port pointed at the proxy. */
  rewrite(url: string): string {
    const u = new URL(url);
    u.hostname = '127.0.0.1';
    u.port = String(this.port);
    return u.toString();
  }

  async start(port = 0): Promise<number> {
    this.server = createServer((client) => this.accept(client));
    await new Promise<void>((resolve, reject) => this.server!.once('error', reject).listen(port, '127.0.0.1', () => resolve()));
    this.port = (this.server.address() as { port: number }).port;
    return this.port;
  }

  /** Drops every open connection (the client sees "Connection terminated") and resets new ones. */
  cut(): void {
    this.mode = 'reset';
    this.dropAll();
  }

  /** Drops open connections and black-holes new ones: accepted, never answered (a hung server). */
  hang(): void {
    this.mode = 'hang';
    this.dropAll();
  }

  /** Stops listening: new connections are refused (ECONNREFUSED), open ones are dropped. */
  async refuse(): Promise<void> {
    this.dropAll();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }

  /** Traffic flows again (listening again on the same port after `refuse()`). */
  async restore(): Promise<void> {
    this.mode = 'up';
    if (!this.server) await this.start(this.port);
  }

  async stop(): Promise<void> {
    await this.refuse();
  }

  close(): Promise<void> {
    return this.stop();
  }

  private accept(client: Socket): void {
    if (this.mode === 'reset') {
      client.resetAndDestroy();
      return;
    }
    if (this.mode === 'hang') {
      this.sockets.add(client);
      client.on('close', () => this.sockets.delete(client)).on('error', () => undefined);
      return;
    }
    const upstream = connect(this.target.port, this.target.host);
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => undefined); // the other side's close handles it
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  }

  private dropAll(): void {
    for (const socket of this.sockets) socket.resetAndDestroy();
    this.sockets.clear();
  }
}
