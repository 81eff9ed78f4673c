import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, SessionOnly } from '../common/decorators';
import { FailedJobsDto, FailedJobsQuery, QueueListDto, RetriedDto, ScheduleListDto } from './background-work.dto';
import { QueueInspector } from './queue-inspector.service';
import { SchedulesService } from './schedules.service';

/** Settings → Background work: queue health, failed jobs with a retry, and the crons (admins only). */
@ApiTags('background-work')
@Controller('background-work')
@Roles('admin')
@SessionOnly()
export class BackgroundWorkController {
  constructor(private readonly queues: QueueInspector, private readonly schedules: SchedulesService) {}

  @Get('queues')
  @ApiOperation({ operationId: 'listQueues', summary: 'Each Bull queue with its waiting, active, delayed, failed and completed counts' })
  @ApiOkResponse({ type: QueueListDto })
  async list(): Promise<QueueListDto> {
    return { queues: await this.queues.counts() };
  }

  @Get('queues/:name/failed')
  @ApiOperation({ operationId: 'listFailedJobs', summary: 'Failed jobs of a queue, newest first, with their last error' })
  @ApiOkResponse({ type: FailedJobsDto })
  @ApiNotFoundResponse({ description: 'No such queue' })
  failed(@Param('name') name: string, @Query() query: FailedJobsQuery) {
    return this.queues.failed(name, query.limit ?? 50);
  }

  @Post('queues/:name/jobs/:jobId/retry')
  @HttpCode(200)
  @ApiOperation({ operationId: 'retryFailedJob', summary: 'Put a failed job back in its queue' })
  @ApiOkResponse({ type: RetriedDto })
  @ApiNotFoundResponse({ description: 'No such queue or job' })
  @ApiConflictResponse({ description: 'The job has not failed' })
  async retry(@Param('name') name: string, @Param('jobId') jobId: string): Promise<RetriedDto> {
    await this.queues.retry(name, jobId);
    return { retried: 1 };
  }

  @Get('schedules')
  @ApiOperation({ operationId: 'listSchedules', summary: 'The crons of the running workers with their last and next run' })
  @ApiOkResponse({ type: ScheduleListDto })
  async schedulesList(): Promise<ScheduleListDto> {
    return { schedules: await this.schedules.list() };
  }
}
