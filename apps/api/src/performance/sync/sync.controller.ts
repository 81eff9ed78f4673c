import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../../common/id-param';
import { SyncRequestsService } from './sync-requests.service';

class SyncQueuedDto {
  @ApiProperty() jobId: string;
}

@ApiTags('performance')
@Controller('campaigns')
export class SyncController {
  constructor(private readonly requests: SyncRequestsService) {}

  @Post(':id/sync')
  @HttpCode(202)
  @ApiOperation({ operationId: 'syncCampaignMetrics', summary: 'Fetch this campaign\'s latest metrics now (at most once a minute)' })
  @ApiAcceptedResponse({ type: SyncQueuedDto })
  async sync(@IdParam() id: string): Promise<SyncQueuedDto> {
    return { jobId: await this.requests.request(id) };
  }
}
