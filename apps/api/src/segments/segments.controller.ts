import { Body, Controller, Get, Patch, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Principal } from '../auth';
import { ClientIp, CurrentPrincipal } from '../common/decorators';
import { IdParam } from '../common/id-param';
import { SegmentCandidatePageDto, SegmentDto, SegmentListDto } from './dto/segment.dto';
import { SegmentCandidatesQuery, SegmentListQuery, UpdateSegmentDto } from './dto/update-segment.dto';
import { SegmentsService } from './segments.service';

@ApiTags('segments')
@Controller('segments')
export class SegmentsController {
  constructor(private readonly segments: SegmentsService) {}

  @Get()
  @ApiOperation({ operationId: 'listSegments', summary: "The active run's segments with their profiles (or another run's with runId)" })
  @ApiOkResponse({ type: SegmentListDto })
  list(@Query() query: SegmentListQuery) {
    return this.segments.list(query);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getSegment' })
  @ApiOkResponse({ type: SegmentDto })
  get(@IdParam() id: string) {
    return this.segments.get(id);
  }

  @Get(':id/candidates')
  @ApiOperation({ operationId: 'listSegmentCandidates', summary: "A segment's candidates, most typical (closest to the centroid) first, keyset-paginated" })
  @ApiOkResponse({ type: SegmentCandidatePageDto })
  candidates(@IdParam() id: string, @Query() query: SegmentCandidatesQuery) {
    return this.segments.candidates(id, query);
  }

  @Patch(':id')
  @ApiOperation({ operationId: 'updateSegment', summary: 'Rename a segment or edit its description; names are unique within a run (409)' })
  @ApiOkResponse({ type: SegmentDto })
  update(@IdParam() id: string, @Body() dto: UpdateSegmentDto, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.segments.update(id, dto, principal, ip);
  }
}
