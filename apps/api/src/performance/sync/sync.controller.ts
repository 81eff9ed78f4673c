import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../../common/id-param';
import { CampaignSyncStatusDto, SyncQueuedDto } from '../dto/sync-status.dto';
import { SyncRequestsService } from './sync-requests.service';
import { SyncStatusService } from './sync-status.service';

@ApiTags('performance')
@Controller('campaigns')
export class SyncController {
  constructor(private readonly requests: SyncRequestsService, private readonly status: SyncStatusService) {}

  @Post(':id/sync')
  @HttpCode(202)
  @ApiOperation({ operationId: 'syncCampaignMetrics', summary: 'Fetch this campaign\'s latest metrics now (at most once a minute)' })
  @ApiAcceptedResponse({ type: SyncQueuedDto })
  async sync(@IdParam() id: string): Promise<SyncQueuedDto> {
    return { jobId: await this.requests.request(id) };
  }

  @Get(':id/sync')
  @ApiOperation({ operationId: 'getCampaignSyncStatus', summary: 'Last and next metrics sync per publication, and the result of the latest "Sync now"' })
  @ApiOkResponse({ type: CampaignSyncStatusDto })
  @ApiNotFoundResponse({ description: 'No such campaign' })
  syncStatus(@IdParam() id: string): Promise<CampaignSyncStatusDto> {
    return this.status.ofCampaign(id);
  }
}
