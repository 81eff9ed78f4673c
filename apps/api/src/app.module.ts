import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdsPlatformsModule } from './ads-platforms/ads-platforms.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CampaignsModule } from './campaigns/campaigns.module';
import { CandidatesModule } from './candidates/candidates.module';
import { ProblemFilter } from './common/problem.filter';
import { appConfig, runsWorkers } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { HealthModule } from './health/health.module';
import { JobsModule } from './jobs/jobs.module';
import { QueuesModule } from './queues/queues.module';
import { RedisModule } from './redis/redis.module';

/** Feature modules; each owns its controllers, services, entities and queues. */
const FEATURE_MODULES = [AuthModule, AuditModule, HealthModule, JobsModule, AdsPlatformsModule, CandidatesModule, CampaignsModule];

@Module({
  imports: [
    TypeOrmModule.forRootAsync({ useFactory: () => dataSourceOptions(appConfig().databaseUrl) }),
    RedisModule,
    EventEmitterModule.forRoot(),
    QueuesModule,
    ...(runsWorkers(appConfig().role) ? [ScheduleModule.forRoot()] : []),
    ...FEATURE_MODULES,
  ],
  providers: [{ provide: APP_FILTER, useClass: ProblemFilter }],
})
export class AppModule {}
