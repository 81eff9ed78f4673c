import { Inject, Injectable, Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { AppConfig, InjectConfig } from '../config/config.module';
import { REDIS } from '../redis/redis.module';
import { LiveEvent, toEnvelope } from './live-event';

/** The Redis stream holding the last events for replay (under the shared client's key prefix). */
export const EVENTS_STREAM_KEY = 'events:stream';
/** The pub/sub channel every API process listens to (full name: channels take no key prefix). */
export const eventsChannel = (queuePrefix: string) => `${queuePrefix}:events:live`;

/**
 * Appends to the capped stream and publishes in one script, so the id a subscriber hears is the
 * id replay will find, and the order of both is the same.
 */
const PUBLISH_SCRIPT = `
local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[2], '*', 'e', ARGV[3])
redis.call('PUBLISH', ARGV[1], id .. ' ' .. ARGV[3])
return id`;

type ScriptedRedis = Redis & { adfluxPublishLiveEvent(key: string, channel: string, maxLen: number, json: string): Promise<string> };

/**
 * Publishes live events to every API process (and so every connected browser) through Redis.
 * Call it after the change is committed. Live events are hints (the rows are the truth): when
 * Redis is away the event is dropped with a debug line and the caller never waits or fails.
 */
@Injectable()
export class EventBus {
  private readonly logger = new Logger(EventBus.name);
  private readonly redis: ScriptedRedis;
  private readonly channel: string;

  constructor(@Inject(REDIS) redis: Redis, @InjectConfig() private readonly config: AppConfig) {
    if (!('adfluxPublishLiveEvent' in redis)) redis.defineCommand('adfluxPublishLiveEvent', { numberOfKeys: 1, lua: PUBLISH_SCRIPT });
    this.redis = redis as ScriptedRedis;
    this.channel = eventsChannel(config.queuePrefix);
  }

  /** Resolves to the event's id, or null when it could not be published. */
  async publish(event: LiveEvent): Promise<string | null> {
    try {
      return await this.redis.adfluxPublishLiveEvent(EVENTS_STREAM_KEY, this.channel, this.config.eventsReplaySize, JSON.stringify(toEnvelope(event)));
    } catch (error) {
      this.logger.debug({ type: event.type, err: (error as Error).message }, 'live event not published');
      return null;
    }
  }
}
