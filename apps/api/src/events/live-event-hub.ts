import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { runsHttp } from '../config/app-config';
import { AppConfig, InjectConfig } from '../config/config.module';
import { REDIS } from '../redis/redis.module';
import { logRedisErrors } from '../redis/redis-errors';
import { EVENTS_STREAM_KEY, eventsChannel } from './event-bus';
import { compareIds, LiveEnvelope, StoredEvent } from './live-event';

export interface HubListener {
  event(stored: StoredEvent): void;
  /** The subscriber reconnected: events published meanwhile were not heard; catch up from the stream. */
  resync(): void;
}

export interface Replay {
  events: StoredEvent[];
  /** Events after the given id were trimmed (or Redis lost them): the client must refetch everything. */
  gap: boolean;
}

/**
 * The per-process end of live events (API processes only): one subscriber connection to the
 * Redis channel, fanned out in memory to the open streams; and replay from the capped stream.
 */
@Injectable()
export class LiveEventHub implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(LiveEventHub.name);
  private readonly listeners = new Set<HubListener>();
  private subscriber?: Redis;

  constructor(@Inject(REDIS) private readonly redis: Redis, @InjectConfig() private readonly config: AppConfig) {}

  onModuleInit(): void {
    if (!runsHttp(this.config.role)) return;
    // Subscriber mode blocks other commands, hence its own connection; no key prefix (channels take none).
    const subscriber = logRedisErrors(new Redis(this.config.redisUrl, { maxRetriesPerRequest: null, lazyConnect: false }), 'events-subscriber');
    let connectedBefore = false;
    subscriber.on('ready', () => {
      if (connectedBefore) for (const l of this.listeners) l.resync();
      connectedBefore = true;
    });
    subscriber.on('message', (_channel: string, message: string) => this.dispatch(message));
    subscriber.subscribe(eventsChannel(this.config.queuePrefix)).catch((err: Error) => this.logger.warn({ err: err.message }, 'live events: subscribe failed (retried on reconnect)'));
    this.subscriber = subscriber;
  }

  onApplicationShutdown(): void {
    this.subscriber?.disconnect();
    this.listeners.clear();
  }

  listen(listener: HubListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  /** Events after `lastId`, oldest first (at most the ring's size). */
  async replayAfter(lastId: string): Promise<Replay> {
    const [entries, oldestKept] = await Promise.all([
      this.redis.xrange(EVENTS_STREAM_KEY, `(${lastId}`, '+', 'COUNT', this.config.eventsReplaySize),
      this.redis.xrange(EVENTS_STREAM_KEY, '-', '+', 'COUNT', 1),
    ]);
    const events = entries.flatMap(([id, fields]) => {
      const envelope = parse(fields[1]);
      return envelope ? [{ id, envelope }] : [];
    });
    // Older than everything kept: some events after it may have been trimmed. A full refetch is the safe answer.
    const oldest = oldestKept[0]?.[0];
    const gap = oldest === undefined || compareIds(lastId, oldest) < 0;
    return { events, gap };
  }

  private dispatch(message: string): void {
    const space = message.indexOf(' ');
    const envelope = parse(message.slice(space + 1));
    if (space < 1 || !envelope) return;
    const stored = { id: message.slice(0, space), envelope };
    for (const listener of this.listeners) listener.event(stored);
  }
}

function parse(json: string | undefined): LiveEnvelope | null {
  try {
    return json ? (JSON.parse(json) as LiveEnvelope) : null;
  } catch {
    return null;
  }
}
