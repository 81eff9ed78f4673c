import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { IdParam } from '../../common/id-param';
import { ProblemException } from '../../common/problem';
import { MetricsSyncQueue, minuteSlot } from './metrics-sync.queue';

class SyncQueuedDto {
  @ApiProperty() jobId: string;
}

@ApiTags('performance')
@Controller('campaigns')
export class SyncController {
  constructor(private readonly queue: MetricsSyncQueue, @InjectDataSource() private readonly db: DataSource) {}

  @Post(':id/sync')
  @HttpCode(202)
  @ApiOperation({ operationId: 'syncCampaignMetrics', summary: 'Fetch this campaign\'s latest metrics now (at most once a minute)' })
  @ApiAcceptedResponse({ type: SyncQueuedDto })
  async sync(@IdParam() id: string): Promise<SyncQueuedDto> {
    const [campaign] = await this.db.query(`SELECT 1 FROM campaigns WHERE id = $1`, [id]);
    if (!campaign) throw new ProblemException(404, `Campaign ${id} does not exist.`);
    const job = await this.queue.enqueueCampaign(id, minuteSlot());
    return { jobId: String(job.id) };
  }
}
