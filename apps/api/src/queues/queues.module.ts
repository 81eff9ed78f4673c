import { BullModule } from '@nestjs/bull';
import { Global, Module } from '@nestjs/common';
import { appConfig } from '../config/app-config';

/**
 * Bull on Redis. Feature modules register their own queues with BullModule.registerQueue and
 * add their processors only through `workerProviders`, so an APP_ROLE=api process never
 * consumes jobs.
 */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      useFactory: () => ({
        redis: appConfig().redisUrl,
        prefix: appConfig().queuePrefix,
        defaultJobOptions: { attempts: 5, backoff: { type: 'exponential', delay: 2000 }, removeOnComplete: 1000, removeOnFail: 5000 },
      }),
    }),
  ],
  exports: [BullModule],
})
export class QueuesModule {}
