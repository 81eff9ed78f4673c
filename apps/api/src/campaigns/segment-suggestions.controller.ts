import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../common/id-param';
import { CampaignPreviewService } from './campaign-preview.service';
import { JobAdvertisingChecksDto } from './dto/advertising-check.dto';
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

  @Get(':id/advertising-checks')
  @ApiOperation({ operationId: 'checkJobForAdvertising', summary: 'Pay-transparency rules where the job is and exclusionary wording in its title and summary, as explained checks' })
  @ApiOkResponse({ type: JobAdvertisingChecksDto })
  checks(@IdParam() id: string) {
    return this.previews.jobChecks(id);
  }
}
