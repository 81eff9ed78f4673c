import { Injectable } from '@nestjs/common';
import { decodeCursor, encodeCursor, INVALID_CURSOR } from '../common/pagination';
import { fieldProblem } from '../common/problem';
import { CampaignMetricsService, RANKED_METRICS, RankedMetric, resolveRange } from '../performance/performance.api';
import { CampaignsRepository } from './campaigns.repository';
import { JobFiguresListDto, JobFiguresQuery } from './dto/job-figures.dto';
import { CampaignPerformancePageDto, CampaignPerformanceQuery, CampaignSort, FacetCountDto } from './dto/campaign-performance.dto';

const DEFAULT_LIMIT = 50;
const isRanked = (sort: CampaignSort): sort is RankedMetric => (RANKED_METRICS as readonly string[]).includes(sort);

/**
 * The campaigns list as a performance table: filters with counts, sort by the campaign's fields or
 * by a figure summed over the range, each row with its figures and budget pacing.
 *
 * Paging is by offset (in an opaque cursor that repeats the sort): figure sorts order by an
 * aggregate over a range the caller picks, which has to be computed for every matching campaign
 * anyway, and which moves as syncs land, so a keyset on it would buy nothing and could skip rows.
 */
@Injectable()
export class CampaignPerformanceService {
  constructor(private readonly repository: CampaignsRepository, private readonly metrics: CampaignMetricsService) {}

  async list(query: CampaignPerformanceQuery): Promise<CampaignPerformancePageDto> {
    const range = resolveRange(query);
    const sort = query.sort ?? 'createdAt';
    const order = query.order ?? (sort === 'name' ? 'asc' : 'desc');
    const limit = query.limit ?? DEFAULT_LIMIT;
    const offset = decodeCursor(query.cursor, [{ equals: `${sort}:${order}` }, 'int'])?.[1] ?? 0;
    if (offset < 0) throw fieldProblem(400, 'cursor', INVALID_CURSOR);
    // Figure sorts rank the whole selection (ties newest first); field sorts take their page from the query itself.
    const selection = isRanked(sort)
      ? await this.repository.selection(query, 'createdAt', 'desc')
      : await this.repository.selection(query, sort === 'name' ? 'name' : 'createdAt', order, { offset, limit });
    const pageIds = isRanked(sort) ? await this.metrics.rank(selection.ids, range, sort, order, offset, limit) : selection.ids;
    const [campaigns, figures] = await Promise.all([this.repository.dtosOf(pageIds), this.metrics.figures(pageIds, range)]);
    const pacing = await this.metrics.pacing(campaigns.filter((c) => c.status !== 'draft'));
    return {
      items: campaigns.map((campaign) => ({ campaign, figures: figures.get(campaign.id)!, pacing: pacing.get(campaign.id) ?? null })),
      nextCursor: offset + limit < selection.total ? encodeCursor([`${sort}:${order}`, offset + limit]) : null,
      total: selection.total,
      facets: { status: mostFirst(selection.statusCounts), platform: mostFirst(selection.platformCounts) },
      range,
      currency: this.metrics.reportingCurrency,
    };
  }

  /** Per job: its campaigns, how many are live, and their spend, applicants and cost per applicant over the range. */
  async jobFigures(query: JobFiguresQuery): Promise<JobFiguresListDto> {
    const range = resolveRange(query);
    const jobIds = [...new Set(query.jobId)];
    const campaigns = await this.repository.campaignsOfJobs(jobIds);
    const figures = await this.metrics.figures(campaigns.map((c) => c.id), range);
    const items = jobIds.map((jobId) => {
      const own = campaigns.filter((c) => c.job_id === jobId);
      const spendMinor = own.reduce((sum, c) => sum + figures.get(c.id)!.spendMinor, 0);
      const applications = own.reduce((sum, c) => sum + figures.get(c.id)!.applications, 0);
      return {
        jobId, campaigns: own.length, activeCampaigns: own.filter((c) => c.status === 'active').length, spendMinor, applications,
        costPerApplicantMinor: applications > 0 ? Math.round(spendMinor / applications) : null,
      };
    });
    return { range, currency: this.metrics.reportingCurrency, items };
  }
}

/** Most frequent first, then by value. */
function mostFirst(counts: readonly FacetCountDto[]): FacetCountDto[] {
  return [...counts].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
