import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Principal } from '../auth';
import { ClientIp, CurrentPrincipal, Roles } from '../common/decorators';
import { IdParam } from '../common/id-param';
import { PageQuery } from '../common/pagination';
import { CampaignActionsService } from './campaign-actions.service';
import { CampaignBulkActionsService } from './campaign-bulk-actions.service';
import { CampaignPerformanceService } from './campaign-performance.service';
import { BulkCampaignActionDto, BulkCampaignResultDto } from './dto/bulk-action.dto';
import { CampaignPerformancePageDto, CampaignPerformanceQuery } from './dto/campaign-performance.dto';
import { JobFiguresListDto, JobFiguresQuery } from './dto/job-figures.dto';
import { CampaignPreviewService } from './campaign-preview.service';
import { CampaignsService } from './campaigns.service';
import { CreateCampaignDto, UpdateCampaignDto } from './dto/campaign-input.dto';
import { CampaignEventPageDto } from './dto/campaign-event.dto';
import { CampaignListQuery } from './dto/campaign-query.dto';
import { CampaignDto, CampaignPageDto } from './dto/campaign.dto';
import { FairnessOverrideInputDto } from './dto/fairness-override.dto';
import { CampaignPreviewDto, PreviewCampaignDto } from './dto/preview.dto';

@ApiTags('campaigns')
@Controller('campaigns')
export class CampaignsController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly actions: CampaignActionsService,
    private readonly previews: CampaignPreviewService,
    private readonly performance: CampaignPerformanceService,
    private readonly bulkActions: CampaignBulkActionsService,
  ) {}

  // Fixed paths before ':id' so the id route never captures them.
  @Get('performance')
  @ApiOperation({ operationId: 'listCampaignPerformance', summary: 'Campaigns with spend, impressions, clicks, applicants, cost per applicant and pacing over a date range; sortable by each figure, filters with counts' })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: CampaignPerformancePageDto })
  performanceList(@Query() query: CampaignPerformanceQuery) {
    return this.performance.list(query);
  }

  @Get('job-figures')
  @ApiOperation({ operationId: 'listJobCampaignFigures', summary: 'Per job: campaigns, live campaigns, spend, applicants and cost per applicant over a date range' })
  @ApiOkResponse({ type: JobFiguresListDto })
  jobFigures(@Query() query: JobFiguresQuery) {
    return this.performance.jobFigures(query);
  }

  @Post('bulk-actions')
  @HttpCode(200)
  @ApiOperation({ operationId: 'bulkCampaignAction', summary: 'Pause, resume or archive up to 100 campaigns; one outcome per campaign (a refusal such as 409 is reported on its row, the others go ahead)' })
  @ApiOkResponse({ type: BulkCampaignResultDto })
  bulk(@Body() dto: BulkCampaignActionDto, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.bulkActions.run(dto, principal, ip);
  }

  @Get()
  @ApiOperation({ operationId: 'listCampaigns', summary: 'Campaigns, newest first, with each publication status; keyset-paginated' })
  @ApiOkResponse({ type: CampaignPageDto })
  list(@Query() query: CampaignListQuery) {
    return this.campaigns.list(query);
  }

  @Post()
  @ApiOperation({ operationId: 'createCampaign', summary: 'Create a draft campaign: one draft publication per connection, targeting derived from the job and segments unless given' })
  @ApiCreatedResponse({ type: CampaignDto })
  create(@Body() dto: CreateCampaignDto, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.campaigns.create(dto, principal, ip);
  }

  @Post('preview')
  @HttpCode(200)
  @ApiOperation({ operationId: 'previewCampaign', summary: 'What an unsaved campaign would send to each platform, with employment-ad compliance warnings (nothing is saved)' })
  @ApiOkResponse({ type: CampaignPreviewDto })
  preview(@Body() dto: PreviewCampaignDto) {
    return this.previews.forDraft(dto);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getCampaign' })
  @ApiOkResponse({ type: CampaignDto })
  get(@IdParam() id: string) {
    return this.campaigns.get(id);
  }

  @Patch(':id')
  @ApiOperation({ operationId: 'updateCampaign', summary: 'Edit a draft fully (changing job or segments derives targeting again); once published only dailyBudgetMinor, totalBudgetMinor, endsAt and creative (409 naming any other field), each change sent to every live platform by an update job and shown on the timeline' })
  @ApiOkResponse({ type: CampaignDto })
  update(@IdParam() id: string, @Body() dto: UpdateCampaignDto, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.campaigns.update(id, dto, principal, ip);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ operationId: 'deleteCampaign', summary: 'Delete a draft (409 once published: archive it instead)' })
  @ApiNoContentResponse()
  remove(@IdParam() id: string, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.campaigns.remove(id, principal, ip);
  }

  @Post(':id/fairness-override')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ operationId: 'overrideCampaignFairness', summary: "Admin override of the fairness audit for the campaign's flagged segments, with a reason (422 when none is flagged); on the timeline and in the audit log" })
  @ApiOkResponse({ type: CampaignDto })
  overrideFairness(@IdParam() id: string, @Body() dto: FairnessOverrideInputDto, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.campaigns.overrideFairness(id, dto.reason, principal, ip);
  }

  @Post(':id/publish')
  @HttpCode(202)
  @ApiOperation({ operationId: 'publishCampaign', summary: 'Queue the draft (or failed) publications; 422 listing every compliance violation; publishing runs in the background' })
  @ApiAcceptedResponse({ type: CampaignDto })
  publish(@IdParam() id: string, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.actions.publish(id, principal, ip);
  }

  @Post(':id/pause')
  @HttpCode(202)
  @ApiOperation({ operationId: 'pauseCampaign', summary: 'Pause live publications (and those still publishing, once live)' })
  @ApiAcceptedResponse({ type: CampaignDto })
  pause(@IdParam() id: string, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.actions.pause(id, principal, ip);
  }

  @Post(':id/resume')
  @HttpCode(202)
  @ApiOperation({ operationId: 'resumeCampaign', summary: 'Resume paused publications' })
  @ApiAcceptedResponse({ type: CampaignDto })
  resume(@IdParam() id: string, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.actions.resume(id, principal, ip);
  }

  @Post(':id/archive')
  @HttpCode(202)
  @ApiOperation({ operationId: 'archiveCampaign', summary: 'Archive every published, failed or completed publication (irreversible on the platforms)' })
  @ApiAcceptedResponse({ type: CampaignDto })
  archive(@IdParam() id: string, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.actions.archive(id, principal, ip);
  }

  @Get(':id/targeting-preview')
  @ApiOperation({ operationId: 'getCampaignTargetingPreview', summary: 'Per platform: the spec and request bodies that would be sent, and compliance violations' })
  @ApiOkResponse({ type: CampaignPreviewDto })
  targetingPreview(@IdParam() id: string) {
    return this.previews.forCampaign(id);
  }

  @Get(':id/events')
  @ApiOperation({ operationId: 'listCampaignEvents', summary: 'Timeline: every request, publishing step, retry and error, oldest first' })
  @ApiOkResponse({ type: CampaignEventPageDto })
  events(@IdParam() id: string, @Query() query: PageQuery) {
    return this.campaigns.events(id, query);
  }
}
