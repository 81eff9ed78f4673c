import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Principal } from '../auth';
import { ClientIp, CurrentPrincipal } from '../common/decorators';
import { IdParam } from '../common/id-param';
import { CreateJobDto } from './dto/create-job.dto';
import { JobListQuery, JobPageDto } from './dto/job-query.dto';
import { JobDto } from './dto/job.dto';
import { TransitionJobDto } from './dto/transition-job.dto';
import { UpdateJobDto } from './dto/update-job.dto';
import { JobLifecycleService } from './job-lifecycle.service';
import { JobsService } from './jobs.service';

@ApiTags('jobs')
@Controller('jobs')
export class JobsController {
  constructor(
    private readonly jobs: JobsService,
    private readonly lifecycle: JobLifecycleService,
  ) {}

  @Get()
  @ApiOperation({ operationId: 'listJobs', summary: 'Jobs, keyset-paginated; filters and sort whitelisted; archived only with status=archived' })
  @ApiOkResponse({ type: JobPageDto })
  list(@Query() query: JobListQuery) {
    return this.jobs.list(query);
  }

  @Post()
  @ApiOperation({ operationId: 'createJob', summary: 'Create a job (as a draft)' })
  @ApiCreatedResponse({ type: JobDto })
  create(@Body() dto: CreateJobDto, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.jobs.create(dto, principal, ip);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getJob' })
  @ApiOkResponse({ type: JobDto })
  get(@IdParam() id: string) {
    return this.jobs.getById(id);
  }

  @Patch(':id')
  @ApiOperation({ operationId: 'updateJob', summary: 'Edit some fields (null clears an optional one); closed, filled and archived jobs answer 409' })
  @ApiOkResponse({ type: JobDto })
  update(@IdParam() id: string, @Body() dto: UpdateJobDto, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.jobs.update(id, dto, principal, ip);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ operationId: 'deleteJob', summary: 'Delete a draft; any other job is archived instead' })
  @ApiNoContentResponse()
  remove(@IdParam() id: string, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.lifecycle.remove(id, principal, ip);
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @ApiOperation({ operationId: 'transitionJob', summary: 'Change status: draft→open, open→paused|closed|filled, paused→open|closed|filled; otherwise 409' })
  @ApiOkResponse({ type: JobDto })
  transition(@IdParam() id: string, @Body() dto: TransitionJobDto, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.lifecycle.transition(id, dto, principal, ip);
  }
}
