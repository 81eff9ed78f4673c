/** What other parts may use of background work: the queue inspector and the schedule list (the admin CLI uses both). */
export { QueueInspector } from './queue-inspector.service';
export { SchedulesService } from './schedules.service';
export { ScheduleRunner } from './schedule-runner.service';
export { BackgroundWorkModule } from './background-work.module';
