import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { workerProviders } from '../queues/worker-providers';
import { BackgroundWorkController } from './background-work.controller';
import { QueueInspector } from './queue-inspector.service';
import { ScheduleJournal } from './schedule-journal';
import { ScheduleRunner } from './schedule-runner.service';
import { SchedulesService } from './schedules.service';

/** Visibility of background work for admins (and the CLI): Bull queues, failed jobs, crons. */
@Module({
  imports: [DiscoveryModule],
  controllers: [BackgroundWorkController],
  providers: [QueueInspector, SchedulesService, ScheduleRunner, ...workerProviders(ScheduleJournal)],
  exports: [QueueInspector, SchedulesService, ScheduleRunner],
})
export class BackgroundWorkModule {}
