import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../../common/id-param';
import { BreakdownDto, BreakdownQuery, CampaignMetricsDto, JobMetricsDto, RangeQuery, SummaryDto, TimeseriesDto, TimeseriesQuery } from '../dto/dashboard.dto';
import { DashboardService } from './dashboard.service';

@ApiTags('performance')
@Controller()
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get('dashboard/summary')
  @ApiOperation({ operationId: 'dashboardSummary', summary: 'Totals and deltas vs the previous period (spend in the reporting currency)' })
  @ApiOkResponse({ type: SummaryDto })
  summary(@Query() query: RangeQuery) {
    return this.dashboard.summary(query);
  }

  @Get('dashboard/timeseries')
  @ApiOperation({ operationId: 'dashboardTimeseries', summary: 'Daily values of one metric per group (long format: date, key, label, value)' })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: TimeseriesDto })
  timeseries(@Query() query: TimeseriesQuery) {
    return this.dashboard.timeseries(query);
  }

  @Get('dashboard/breakdown')
  @ApiOperation({ operationId: 'dashboardBreakdown', summary: 'Totals and KPIs per platform, campaign, job or segment' })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: BreakdownDto })
  breakdown(@Query() query: BreakdownQuery) {
    return this.dashboard.breakdown(query);
  }

  @Get('campaigns/:id/metrics')
  @ApiOperation({ operationId: 'campaignMetrics', summary: 'A campaign\'s delivery, applications and budget pacing' })
  @ApiOkResponse({ type: CampaignMetricsDto })
  campaign(@IdParam() id: string, @Query() query: RangeQuery) {
    return this.dashboard.campaign(id, query);
  }

  @Get('jobs/:id/metrics')
  @ApiOperation({ operationId: 'jobMetrics', summary: 'What a job\'s advertising costs and brings, per campaign' })
  @ApiOkResponse({ type: JobMetricsDto })
  job(@IdParam() id: string, @Query() query: RangeQuery) {
    return this.dashboard.job(id, query);
  }
}
