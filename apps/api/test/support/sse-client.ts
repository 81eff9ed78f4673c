import { get, IncomingMessage } from 'node:http';

export interface SseEvent {
  id?: string;
  data: { type: string; data?: Record<string, unknown>; at?: number };
  /** performance.now() when the event was parsed (bench latency). */
  receivedAt: number;
}

/** A minimal EventSource for tests and benches: one GET, parsed into events and comments. */
export class SseClient {
  readonly events: SseEvent[] = [];
  readonly comments: string[] = [];
  readonly ended: Promise<void>;
  private waiters: Array<() => void> = [];
  private buffer = '';

  private constructor(readonly status: number, private readonly res: IncomingMessage, private readonly onEvent?: (e: SseEvent) => void) {
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => this.take(chunk));
    this.ended = new Promise((resolve) => {
      res.on('end', () => resolve());
      res.on('close', () => resolve());
      res.on('error', () => resolve());
    });
  }

  static open(url: string, headers: Record<string, string>, onEvent?: (e: SseEvent) => void): Promise<SseClient> {
    return new Promise((resolve, reject) => {
      const req = get(url, { headers: { Accept: 'text/event-stream', ...headers } }, (res) => resolve(new SseClient(res.statusCode ?? 0, res, onEvent)));
      req.on('error', reject);
    });
  }

  get contentType(): string | undefined {
    return this.res.headers['content-type'];
  }

  get lastId(): string | undefined {
    return this.events.filter((e) => e.id).at(-1)?.id;
  }

  ofType(type: string): SseEvent[] {
    return this.events.filter((e) => e.data.type === type);
  }

  /** Waits until `probe` over the events so far is true. */
  async waitUntil(what: string, probe: (events: SseEvent[]) => boolean, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!probe(this.events)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; got ${JSON.stringify(this.events.map((e) => e.data))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 250));
        this.waiters.push(() => { clearTimeout(timer); resolve(); });
      });
    }
  }

  close(): void {
    this.res.destroy();
  }

  private take(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      let id: string | undefined;
      let data: string | undefined;
      for (const line of block.split('\n')) {
        if (line.startsWith(': ')) this.comments.push(line.slice(2));
        else if (line.startsWith('id: ')) id = line.slice(4);
        else if (line.startsWith('data: ')) data = line.slice(6);
      }
      if (data === undefined) continue;
      const event = { id, data: JSON.parse(data), receivedAt: performance.now() };
      this.events.push(event);
      this.onEvent?.(event);
    }
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}
