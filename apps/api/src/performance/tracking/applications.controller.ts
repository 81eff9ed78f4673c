import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Principal } from '../../auth';
import { CurrentPrincipal } from '../../common/decorators';
import { ApplicationDto, ApplicationPageDto, ApplicationQuery, CreateApplicationDto } from '../dto/application.dto';
import { ApplicationsService } from './applications.service';

@ApiTags('applications')
@Controller('applications')
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

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
  @ApiOperation({ operationId: 'listApplications', summary: 'Applications, newest first' })
  @ApiOkResponse({ type: ApplicationPageDto })
  list(@Query() query: ApplicationQuery) {
    return this.applications.list(query);
  }
}
