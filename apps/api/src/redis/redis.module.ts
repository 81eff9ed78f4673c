import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/config.module';
import { logRedisErrors } from './redis-errors';

export const REDIS = Symbol('REDIS');

/** One shared ioredis connection for counters and locks (Bull keeps its own). */
@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}
  async onApplicationShutdown(): Promise<void> {
    // quit() waits for a reply; with Redis gone it would leave the client reconnecting forever.
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => this.redis.disconnect());
    else this.redis.disconnect();
  }
}

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        logRedisErrors(new Redis(config.redisUrl, { keyPrefix: `${config.queuePrefix}:`, maxRetriesPerRequest: 2, enableOfflineQueue: false, lazyConnect: false }), 'shared'),
    },
    RedisCloser,
  ],
  exports: [REDIS],
})
export class RedisModule {}
