import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CsvColumns } from '../../common/csv.interceptor';
import { RangeQuery } from '../dto/dashboard.dto';
import { REPORT_CSV_COLUMNS, ReportDto } from '../dto/report.dto';
import { ReportsService } from './reports.service';

const REACH_NOTE = 'Reach and unique clicks of a row covering several days or publications are sums of daily values (reachIsDailySum), an upper bound; frequency is impressions / that reach.';

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('campaigns')
  @ApiOperation({ operationId: 'campaignsReport', summary: 'Per campaign, with per-platform and per-ad-set rows', description: REACH_NOTE })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: ReportDto })
  @CsvColumns(REPORT_CSV_COLUMNS)
  campaigns(@Query() query: RangeQuery) {
    return this.reports.report('campaigns', query);
  }

  @Get('jobs')
  @ApiOperation({ operationId: 'jobsReport', summary: 'Per job (all its campaigns) with the hiring funnel, and its campaigns', description: REACH_NOTE })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: ReportDto })
  @CsvColumns(REPORT_CSV_COLUMNS)
  jobs(@Query() query: RangeQuery) {
    return this.reports.report('jobs', query);
  }

  @Get('segments')
  @ApiOperation({ operationId: 'segmentsReport', summary: 'Per targeted segment: what its candidates cost and yield (a campaign aimed at n segments gives each 1/n)', description: REACH_NOTE })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: ReportDto })
  @CsvColumns(REPORT_CSV_COLUMNS)
  segments(@Query() query: RangeQuery) {
    return this.reports.report('segments', query);
  }
}
