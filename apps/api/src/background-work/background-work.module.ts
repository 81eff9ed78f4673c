import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { workerProviders } from '../queues/worker-providers';
import { BackgroundWorkController } from './background-work.controller';
import { QueueInspector } from './queue-inspector.service';
import { ScheduleJournal } from './schedule-journal';
import { SchedulesService } from './schedules.service';

/** Visibility of background work for admins (and the CLI): Bull queues, failed jobs, crons. */
@Module({
  imports: [DiscoveryModule],
  controllers: [BackgroundWorkController],
  providers: [QueueInspector, SchedulesService, ...workerProviders(ScheduleJournal)],
  exports: [QueueInspector, SchedulesService],
})
export class BackgroundWorkModule {}
