import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Principal } from '../auth';
import { ClientIp, CurrentPrincipal, Roles } from '../common/decorators';
import { IdParam } from '../common/id-param';
import { DataGenerationService } from './data-generation.service';
import { CreateDataGenerationDto, DataGenerationRunDto } from './dto/data-generation.dto';

@ApiTags('data-generation')
@Controller('data-generation')
export class DataGenerationController {
  constructor(private readonly runs: DataGenerationService) {}

  @Post()
  @HttpCode(202)
  @Roles('admin', 'recruiter')
  @ApiOperation({ operationId: 'generateSyntheticData', summary: 'Queue generation of synthetic jobs and/or candidates (Gemini when configured, else offline)' })
  @ApiAcceptedResponse({ type: DataGenerationRunDto })
  create(@Body() dto: CreateDataGenerationDto, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.runs.create(dto, principal, ip);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getDataGenerationRun', summary: 'Status and progress of a generation run' })
  @ApiOkResponse({ type: DataGenerationRunDto })
  get(@IdParam() id: string) {
    return this.runs.get(id);
  }
}
