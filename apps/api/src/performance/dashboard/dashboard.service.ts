import { Injectable } from '@nestjs/common';
import { fieldProblem, ProblemException } from '../../common/problem';
import { AppConfig, InjectConfig } from '../../config/config.module';
import { addTotals, compareKpis, deriveKpis, ZERO_TOTALS } from '../calc/kpis';
import { budgetPacing } from '../calc/pacing';
import { addDays, DateRange, daysInRange, defaultRange, previousPeriod, toDay } from '../calc/periods';
import { BreakdownDto, BreakdownQuery, CampaignMetricsDto, JobMetricsDto, RangeQuery, SummaryDto, TimeseriesDto, TimeseriesQuery } from '../dto/dashboard.dto';
import { DashboardRepository, GroupTotals } from './dashboard.repository';

const MAX_RANGE_DAYS = 731;
/** Days of recent spend the pacing projection extrapolates from. */
const PACING_RECENT_DAYS = 7;

@Injectable()
export class DashboardService {
  constructor(private readonly repo: DashboardRepository, @InjectConfig() private readonly config: AppConfig) {}

  async summary(query: RangeQuery): Promise<SummaryDto> {
    const range = resolveRange(query);
    const previousRange = previousPeriod(range);
    const [current, previous, counts] = await Promise.all([this.repo.totals(range), this.repo.totals(previousRange), this.repo.counts()]);
    const currentKpis = deriveKpis(current);
    const previousKpis = deriveKpis(previous);
    return { range, previousRange, currency: this.config.reportingCurrency, current: currentKpis, previous: previousKpis, deltas: compareKpis(currentKpis, previousKpis), ...counts };
  }

  async timeseries(query: TimeseriesQuery): Promise<TimeseriesDto> {
    const range = resolveRange(query);
    const metric = query.metric ?? 'spend';
    const groupBy = query.groupBy ?? 'platform';
    return { metric, groupBy, range, currency: this.config.reportingCurrency, rows: await this.repo.timeseries(metric, groupBy, range) };
  }

  async breakdown(query: BreakdownQuery): Promise<BreakdownDto> {
    const range = resolveRange(query);
    const by = query.by ?? 'campaign';
    const rows = (await this.repo.breakdown(by, range)).map(withKpis);
    return { by, range, currency: this.config.reportingCurrency, rows };
  }

  async campaign(campaignId: string, query: RangeQuery): Promise<CampaignMetricsDto> {
    const campaign = await this.repo.campaignBudget(campaignId);
    if (!campaign) throw new ProblemException(404, `Campaign ${campaignId} does not exist.`);
    const range = resolveRange(query);
    const [byPlatform, spend, clicks, applications] = await Promise.all([
      this.repo.breakdown('platform', range, [campaignId]),
      this.repo.campaignSeries([campaignId], 'spend', range),
      this.repo.campaignSeries([campaignId], 'clicks', range),
      this.repo.campaignSeries([campaignId], 'applications', range),
    ]);
    const now = new Date();
    const today = toDay(now);
    const spent = await this.repo.campaignSpend(campaignId, addDays(today, -(PACING_RECENT_DAYS - 1)));
    const pacing = budgetPacing({
      spentMinor: spent.total, recentSpendMinor: spent.recent, recentDays: PACING_RECENT_DAYS,
      dailyBudgetMinor: Number(campaign.daily_budget_minor), totalBudgetMinor: campaign.total_budget_minor === null ? null : Number(campaign.total_budget_minor),
      startDate: toDay(campaign.starts_at), endDate: campaign.ends_at ? toDay(campaign.ends_at) : null, today,
      hoursLive: (now.getTime() - new Date(campaign.starts_at).getTime()) / 3_600_000,
    });
    return {
      campaignId, range, currency: this.config.reportingCurrency, totals: deriveKpis(sum(byPlatform)), byPlatform: byPlatform.map(withKpis),
      spend, clicks, applications, pacing: { ...pacing, currency: String(campaign.currency).trim() },
    };
  }

  async job(jobId: string, query: RangeQuery): Promise<JobMetricsDto> {
    const ids = await this.repo.campaignIdsOfJob(jobId);
    if (!ids) throw new ProblemException(404, `Job ${jobId} does not exist.`);
    const range = resolveRange(query);
    const [byCampaign, spend] = ids.length
      ? await Promise.all([this.repo.breakdown('campaign', range, ids), this.repo.campaignSeries(ids, 'spend', range)])
      : [[], []];
    return { jobId, range, currency: this.config.reportingCurrency, totals: deriveKpis(sum(byCampaign)), byCampaign: byCampaign.map(withKpis), spend };
  }
}

function sum(rows: GroupTotals[]) {
  return rows.reduce((acc, r) => addTotals(acc, r), ZERO_TOTALS);
}

function withKpis(row: GroupTotals) {
  return { key: row.key, label: row.label, ...deriveKpis(row) };
}

/** Validated range with defaults (last 30 days); from after to or too long → 400 naming the field. */
export function resolveRange(query: RangeQuery, today: Date = new Date()): DateRange {
  const fallback = defaultRange(today);
  const to = query.to ?? fallback.to;
  const from = query.from ?? addDays(to, -29);
  for (const [field, value] of [['from', from], ['to', to]] as const) {
    if (Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || toDay(new Date(`${value}T00:00:00Z`)) !== value) throw fieldProblem(400, field, 'is not a real calendar date');
  }
  if (from > to) throw fieldProblem(400, 'from', 'must not be after to');
  if (daysInRange({ from, to }) > MAX_RANGE_DAYS) throw fieldProblem(400, 'from', `range must be at most ${MAX_RANGE_DAYS} days`);
  return { from, to };
}
