import { Body, Controller, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { Principal } from '../../auth';
import { CurrentPrincipal } from '../../common/decorators';
import { IdParam } from '../../common/id-param';
import { ApplicationDto, ApplicationFilterQuery, ApplicationPageDto, ApplicationQuery, CreateApplicationDto } from '../dto/application.dto';
import { ApplicationDetailDto, DispositionBatchDto, DispositionResultsDto, PipelineDto, UpdateApplicationDto } from '../dto/application-stage.dto';
import { ApplicationsService } from './applications.service';
import { DispositionsService } from './dispositions.service';

@ApiTags('applications')
@Controller('applications')
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService, private readonly dispositionUpdates: DispositionsService) {}

  @Post()
  @ApiOperation({ operationId: 'recordApplication', summary: 'Record an application (ATS / careers site), attributed by tracking code; idempotent by externalId' })
  @ApiCreatedResponse({ type: ApplicationDto, description: 'Recorded' })
  @ApiOkResponse({ type: ApplicationDto, description: 'The externalId was already recorded: the existing application' })
  async record(@Body() dto: CreateApplicationDto, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response): Promise<ApplicationDto> {
    const { application, created } = await this.applications.record(dto, principal);
    res.status(created ? 201 : 200);
    return application;
  }

  @Get()
  @ApiOperation({ operationId: 'listApplications', summary: 'Applications, newest first, filtered by job, campaign, platform, segment or stage' })
  @ApiOkResponse({ type: ApplicationPageDto })
  list(@Query() query: ApplicationQuery) {
    return this.applications.list(query);
  }

  @Get('pipeline')
  @ApiOperation({ operationId: 'applicationPipeline', summary: 'How many applications are at, and have reached, each stage (e.g. for one job)' })
  @ApiOkResponse({ type: PipelineDto })
  pipeline(@Query() query: ApplicationFilterQuery) {
    return this.applications.pipeline(query);
  }

  @Post('dispositions')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'recordDispositions',
    summary: 'Stage updates from an ATS, by externalId (at most 1000); idempotent, and an older event never overwrites a newer stage',
  })
  @ApiOkResponse({ type: DispositionResultsDto })
  @ApiUnprocessableEntityResponse({ description: 'An item\'s time is in the future (the field names the item)' })
  dispositions(@Body() batch: DispositionBatchDto, @CurrentPrincipal() principal: Principal) {
    return this.dispositionUpdates.apply(batch, principal);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getApplication', summary: 'An application with its stage timeline' })
  @ApiOkResponse({ type: ApplicationDetailDto })
  @ApiNotFoundResponse({ description: 'No such application' })
  get(@IdParam() id: string) {
    return this.applications.get(id);
  }

  @Patch(':id')
  @ApiOperation({ operationId: 'updateApplication', summary: 'Move an application to one of its allowed stages, and/or change its notes' })
  @ApiOkResponse({ type: ApplicationDetailDto })
  @ApiBadRequestResponse({ description: 'Invalid field' })
  @ApiNotFoundResponse({ description: 'No such application' })
  @ApiConflictResponse({ description: 'The stage is not reachable from the current one' })
  update(@IdParam() id: string, @Body() dto: UpdateApplicationDto, @CurrentPrincipal() principal: Principal) {
    return this.applications.update(id, dto, principal);
  }
}
