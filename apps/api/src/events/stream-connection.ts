import type { Response } from 'express';
import type { HubListener, Replay } from './live-event-hub';
import { compareIds, StoredEvent, Viewer, visibleTo } from './live-event';

/** A client that reads slower than events come is dropped past this much unsent output; it reconnects with Last-Event-ID. */
const MAX_UNSENT_BYTES = 1 << 20;

/**
 * One open SSE response. Live events that arrive while a replay is being read are held back and
 * sent after it, skipping what the replay already sent, so a reconnecting client sees every event
 * once and in order.
 */
export class StreamConnection implements HubListener {
  private lastSeenId: string | null = null;
  private held: StoredEvent[] | null = null;
  private closed = false;

  constructor(
    private readonly res: Response,
    private readonly viewer: Viewer,
    private readonly replayAfter: (lastId: string) => Promise<Replay>,
    private readonly onOverflow: () => void,
  ) {}

  event(stored: StoredEvent): void {
    if (this.held) this.held.push(stored);
    else this.send(stored);
  }

  resync(): void {
    if (this.lastSeenId) void this.catchUp(this.lastSeenId);
    else this.reset();
  }

  /** Sends what came after `lastId` (a reconnecting client's Last-Event-ID), then whatever arrived meanwhile. */
  async catchUp(lastId: string): Promise<void> {
    if (this.held) return; // a catch-up is already running; it ends with the held events
    this.held = [];
    this.lastSeenId = lastId;
    try {
      const replay = await this.replayAfter(lastId);
      if (replay.gap) this.reset();
      for (const stored of replay.events) this.send(stored);
    } catch {
      this.reset(); // Redis unreachable: the client refetches what it shows
    } finally {
      const held = this.held ?? [];
      this.held = null;
      for (const stored of held) this.send(stored);
    }
  }

  comment(text: string): void {
    this.write(`: ${text}\n\n`);
  }

  close(): void {
    this.closed = true;
    this.held = null;
  }

  /** Tells the client it may have missed events: refetch everything it shows. */
  private reset(): void {
    this.write(`data: ${JSON.stringify({ type: 'reset' })}\n\n`);
  }

  private send(stored: StoredEvent): void {
    if (this.lastSeenId && compareIds(stored.id, this.lastSeenId) <= 0) return;
    this.lastSeenId = stored.id;
    const { envelope } = stored;
    if (!visibleTo(envelope, this.viewer)) return;
    this.write(`id: ${stored.id}\ndata: ${JSON.stringify({ type: envelope.type, data: envelope.data, at: envelope.at })}\n\n`);
  }

  private write(chunk: string): void {
    if (this.closed) return;
    this.res.write(chunk);
    if (this.res.writableLength > MAX_UNSENT_BYTES) this.onOverflow();
  }
}
