import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class QueueCountsDto {
  @ApiProperty({ example: 'metrics-sync' }) name: string;
  @ApiProperty() waiting: number;
  @ApiProperty() active: number;
  @ApiProperty() delayed: number;
  @ApiProperty() failed: number;
  @ApiProperty({ description: 'Completed jobs Bull still keeps (it keeps the last 1000)' }) completed: number;
  @ApiProperty() paused: boolean;
}

export class QueueListDto {
  @ApiProperty({ type: [QueueCountsDto] }) queues: QueueCountsDto[];
}

export class FailedJobDto {
  @ApiProperty({ example: 'sync:2026-12-04T10:00' }) id: string;
  @ApiProperty({ example: 'sync-connection' }) name: string;
  @ApiProperty({ description: 'The last error message' }) error: string;
  @ApiProperty() attemptsMade: number;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) failedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class FailedJobsDto {
  @ApiProperty() queue: string;
  @ApiProperty({ description: 'All failed jobs in the queue (the list holds at most `limit` of them, newest first)' }) total: number;
  @ApiProperty({ type: [FailedJobDto] }) jobs: FailedJobDto[];
}

export class FailedJobsQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

export class RetriedDto {
  @ApiProperty({ description: 'How many failed jobs were put back in the queue' }) retried: number;
}

export class ScheduleDto {
  @ApiProperty({ example: 'metrics-sync' }) name: string;
  @ApiProperty({ example: '0 */2 * * *', description: 'Cron expression (UTC)' }) cron: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'Last tick seen by any worker' }) lastRunAt: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) nextRunAt: string | null;
  @ApiProperty({ description: 'Workers that run this schedule (reported in the last few minutes)' }) workers: number;
}

export class ScheduleListDto {
  @ApiProperty({ type: [ScheduleDto], description: 'Empty when no worker has reported (none running)' }) schedules: ScheduleDto[];
}
