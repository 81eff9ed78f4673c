import { Injectable } from '@nestjs/common';
import { AppConfig, InjectConfig } from '../../config/config.module';
import { deriveKpis } from '../calc/kpis';
import { budgetPacing } from '../calc/pacing';
import { addDays, DateRange, toDay } from '../calc/periods';
import { CampaignFiguresDto } from '../dto/campaign-figures.dto';
import { PacingDto } from '../dto/dashboard.dto';
import { CampaignMetricsRepository, RankedMetric } from './campaign-metrics.repository';

/** Days of recent spend the pacing projection extrapolates from (as on the campaign page). */
export const PACING_RECENT_DAYS = 7;

/** What pacing needs to know of a campaign. */
export interface CampaignBudget {
  id: string;
  dailyBudgetMinor: number;
  totalBudgetMinor: number | null;
  currency: string;
  startsAt: string;
  endsAt: string | null;
}

/**
 * What other modules may ask of campaign delivery: campaigns ordered by a figure over a range, each
 * campaign's figures and budget pacing. Reads the per-campaign daily rollup only, so a list of
 * thousands of campaigns sorts by spend without touching the per-publication metrics.
 */
@Injectable()
export class CampaignMetricsService {
  constructor(private readonly repository: CampaignMetricsRepository, @InjectConfig() private readonly config: AppConfig) {}

  /** The reporting currency every spend figure is in. */
  get reportingCurrency(): string {
    return this.config.reportingCurrency;
  }

  rank(campaignIds: readonly string[], range: DateRange, metric: RankedMetric, order: 'asc' | 'desc', offset: number, limit: number): Promise<string[]> {
    return this.repository.rank(campaignIds, range, metric, order, offset, limit);
  }

  /** Figures per campaign over the range; every id gets an entry (zeros when nothing was delivered). */
  async figures(campaignIds: readonly string[], range: DateRange): Promise<Map<string, CampaignFiguresDto>> {
    const totals = await this.repository.totals(campaignIds, range);
    return new Map(campaignIds.map((id) => {
      const t = totals.get(id) ?? { impressions: 0, clicks: 0, spendMinor: 0, applications: 0 };
      const kpis = deriveKpis({ ...t, reach: 0, conversions: 0, screenings: 0, interviews: 0, offers: 0, hires: 0 });
      return [id, { ...t, ctr: kpis.ctr, costPerApplicantMinor: kpis.costPerApplicantMinor }];
    }));
  }

  /** Budget pacing per campaign (lifetime spend against the budget, projected from the last 7 days). */
  async pacing(budgets: readonly CampaignBudget[], now: Date = new Date()): Promise<Map<string, PacingDto>> {
    const today = toDay(now);
    const spent = await this.repository.spendForPacing(budgets.map((b) => b.id), addDays(today, -(PACING_RECENT_DAYS - 1)));
    return new Map(budgets.map((b) => {
      const s = spent.get(b.id) ?? { total: 0, recent: 0 };
      const pacing = budgetPacing({
        spentMinor: s.total, recentSpendMinor: s.recent, recentDays: PACING_RECENT_DAYS,
        dailyBudgetMinor: b.dailyBudgetMinor, totalBudgetMinor: b.totalBudgetMinor,
        startDate: b.startsAt.slice(0, 10), endDate: b.endsAt ? b.endsAt.slice(0, 10) : null, today,
        hoursLive: (now.getTime() - new Date(b.startsAt).getTime()) / 3_600_000,
      });
      return [b.id, { ...pacing, currency: b.currency.trim() }];
    }));
  }
}
