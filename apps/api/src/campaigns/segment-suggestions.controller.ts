import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../common/id-param';
import { CampaignPreviewService } from './campaign-preview.service';
import { SegmentSuggestionDto } from './dto/preview.dto';

/** Lives in campaigns (it is the first step of the campaign wizard) under the job's path. */
@ApiTags('campaigns')
@Controller('jobs')
export class SegmentSuggestionsController {
  constructor(private readonly previews: CampaignPreviewService) {}

  @Get(':id/segment-suggestions')
  @ApiOperation({ operationId: 'suggestSegmentsForJob', summary: 'Segments of the active run ranked by how well their profile matches the job (skills, experience, location)' })
  @ApiOkResponse({ type: [SegmentSuggestionDto] })
  suggest(@IdParam() id: string) {
    return this.previews.suggestions(id);
  }
}
