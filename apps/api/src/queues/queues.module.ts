import { BullModule } from '@nestjs/bull';
import { Global, Module } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '../config/config.module';

/**
 * Bull on Redis. Feature modules register their own queues with BullModule.registerQueue and
 * add their processors only through `workerProviders`, so an APP_ROLE=api process never
 * consumes jobs.
 */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        redis: config.redisUrl,
        prefix: config.queuePrefix,
        defaultJobOptions: { attempts: 5, backoff: { type: 'exponential', delay: 2000 }, removeOnComplete: 1000, removeOnFail: 5000 },
      }),
    }),
  ],
  exports: [BullModule],
})
export class QueuesModule {}
