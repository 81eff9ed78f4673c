import { Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdsPlatformsModule } from './ads-platforms/ads-platforms.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CampaignsModule } from './campaigns/campaigns.module';
import { CandidatesModule } from './candidates/candidates.module';
import { CreativesModule } from './creatives/creatives.module';
import { DataGenerationModule } from './data-generation/data-generation.module';
import { CsvInterceptor } from './common/csv.interceptor';
import { ProblemFilter } from './common/problem.filter';
import { appConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source-options';
import { GeminiModule } from './gemini/gemini.module';
import { HealthModule } from './health/health.module';
import { JobsModule } from './jobs/jobs.module';
import { PerformanceModule } from './performance/performance.module';
import { QueuesModule } from './queues/queues.module';
import { RedisModule } from './redis/redis.module';
import { SegmentsModule } from './segments/segments.module';
import { BackgroundWorkModule } from './background-work/background-work.module';
import { EventsModule } from './events/events.module';
import { NotificationsModule } from './notifications/notifications.module';

/** Feature modules; each owns its controllers, services, entities and queues. */
const FEATURE_MODULES = [AuthModule, AuditModule, HealthModule, JobsModule, AdsPlatformsModule, CandidatesModule, CampaignsModule, SegmentsModule, PerformanceModule, DataGenerationModule, GeminiModule, CreativesModule, BackgroundWorkModule, EventsModule, NotificationsModule];

@Module({
  imports: [
    ConfigModule,
    TypeOrmModule.forRootAsync({ useFactory: () => dataSourceOptions(appConfig().databaseUrl, appConfig().databasePoolSize) }),
    RedisModule,
    EventEmitterModule.forRoot(),
    QueuesModule,
    // Every role: schedulers exist everywhere (the CLI runs a cron's job on demand) but register crons only in workers.
    ScheduleModule.forRoot(),
    ...FEATURE_MODULES,
  ],
  providers: [{ provide: APP_FILTER, useClass: ProblemFilter }, { provide: APP_INTERCEPTOR, useClass: CsvInterceptor }],
})
export class AppModule {}
