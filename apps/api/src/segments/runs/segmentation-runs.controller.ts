import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Principal } from '../../auth';
import { ClientIp, CurrentPrincipal } from '../../common/decorators';
import { IdParam } from '../../common/id-param';
import { CreateSegmentationRunDto, RunListQuery } from '../dto/create-run.dto';
import { SegmentationRunDetailDto, SegmentationRunDto, SegmentationRunPageDto } from '../dto/run.dto';
import { SegmentationRunsService } from './segmentation-runs.service';

@ApiTags('segments')
@Controller('segmentation-runs')
export class SegmentationRunsController {
  constructor(private readonly runs: SegmentationRunsService) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({ operationId: 'createSegmentationRun', summary: 'Queue a segmentation run (fixed k or a k range); 409 while another run is queued or running' })
  @ApiAcceptedResponse({ type: SegmentationRunDto })
  create(@Body() dto: CreateSegmentationRunDto, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.runs.request(dto, principal, ip);
  }

  @Get()
  @ApiOperation({ operationId: 'listSegmentationRuns', summary: 'Runs, newest first, keyset-paginated' })
  @ApiOkResponse({ type: SegmentationRunPageDto })
  list(@Query() query: RunListQuery) {
    return this.runs.list(query);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getSegmentationRun', summary: 'A run with its progress, metrics, silhouette by k, 2-D map and segments' })
  @ApiOkResponse({ type: SegmentationRunDetailDto })
  get(@IdParam() id: string) {
    return this.runs.get(id);
  }

  @Post(':id/activate')
  @HttpCode(200)
  @ApiOperation({ operationId: 'activateSegmentationRun', summary: 'Make a succeeded run the current segmentation; every candidate\'s segmentId follows at once, candidates the run never saw are placed in the background (candidatesSyncedAt)' })
  @ApiOkResponse({ type: SegmentationRunDto })
  activate(@IdParam() id: string, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.runs.activate(id, principal, ip);
  }
}
