import { Injectable, Logger } from '@nestjs/common';
import { AdsPlatformFactory, ConnectionsService, type DailyInsight, PlatformError } from '../../ads-platforms';
import { AppConfig, InjectConfig } from '../../config/config.module';
import { convertMinor, hasReportingRate } from '../calc/fx';
import { addDays, toDay } from '../calc/periods';
import { AutomationRulesEvaluator } from '../rules/automation-rules.evaluator';
import { DailyMetricRow, DeliveryTotals, MetricsRepository, SyncTarget } from './metrics.repository';

export interface SyncReport {
  publications: number;
  rows: number;
  failed: number;
  from: string;
  to: string;
}

/** What a campaign sync added to the stored delivery (zero everywhere: nothing new). */
export type SyncOutcome = DeliveryTotals;

export interface CampaignSyncResult {
  reports: SyncReport[];
  added: SyncOutcome;
}

/** How many publications of one connection are fetched at once (platform rate limits). */
const CONCURRENCY = 8;

/**
 * Pulls daily insights for the publications of a connection (or one campaign) over the trailing
 * window, upserts them, refreshes the rollup and evaluates automation rules. Idempotent: running
 * twice leaves the same numbers.
 */
@Injectable()
export class MetricsSyncService {
  private readonly logger = new Logger(MetricsSyncService.name);

  constructor(
    private readonly factory: AdsPlatformFactory,
    private readonly connections: ConnectionsService,
    private readonly metrics: MetricsRepository,
    private readonly rules: AutomationRulesEvaluator,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /** Connections that have something to sync: live publications or ones that stopped recently. */
  connectionsToSync(): Promise<string[]> {
    return this.metrics.connectionsToSync(this.config.metricsSyncWindowDays);
  }

  async syncConnection(connectionId: string, today: Date = new Date()): Promise<SyncReport> {
    const targets = await this.metrics.targetsOfConnection(connectionId, this.config.metricsSyncWindowDays);
    return this.syncTargets(connectionId, targets, today);
  }

  /** Syncs every publication of the campaign and says what it added (platforms revise days, so it may also be negative). */
  async syncCampaign(campaignId: string, today: Date = new Date()): Promise<CampaignSyncResult> {
    const targets = await this.metrics.targetsOfCampaign(campaignId);
    const ids = targets.map((t) => t.id);
    const before = await this.metrics.deliveryTotals(ids);
    const byConnection = new Map<string, SyncTarget[]>();
    for (const t of targets) byConnection.set(t.connectionId, [...(byConnection.get(t.connectionId) ?? []), t]);
    const reports: SyncReport[] = [];
    for (const [connectionId, group] of byConnection) reports.push(await this.syncTargets(connectionId, group, today));
    const after = await this.metrics.deliveryTotals(ids);
    return {
      reports,
      added: { impressions: after.impressions - before.impressions, clicks: after.clicks - before.clicks, spendReportingMinor: after.spendReportingMinor - before.spendReportingMinor },
    };
  }

  private async syncTargets(connectionId: string, targets: SyncTarget[], today: Date): Promise<SyncReport> {
    const to = toDay(today);
    const from = addDays(to, -(this.config.metricsSyncWindowDays - 1));
    const report: SyncReport = { publications: targets.length, rows: 0, failed: 0, from, to };
    if (targets.length === 0) return report;
    const { platform } = await this.factory.forConnection(connectionId);
    const rows: DailyMetricRow[] = [];
    let next = 0;
    const worker = async () => {
      while (next < targets.length) {
        const target = targets[next++]!;
        try {
          const insights = await platform.fetchInsights(target.externalIds, from, to);
          rows.push(...insights.map((i) => this.toRow(target.id, i)));
        } catch (error) {
          if (error instanceof PlatformError && (error.kind === 'auth' || error.kind === 'rate_limited')) throw error;
          report.failed++;
          this.logger.warn({ publicationId: target.id, err: (error as Error).message }, 'insights fetch failed');
        }
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.min(CONCURRENCY, targets.length) }, worker));
    } catch (error) {
      if (error instanceof PlatformError && error.kind === 'auth') await this.connections.markNeedsReauth(connectionId, error.message);
      throw error;
    }
    await this.metrics.saveDaily(rows);
    report.rows = rows.length;
    await this.rules.evaluateCampaigns([...new Set(targets.map((t) => t.campaignId))], today);
    return report;
  }

  private toRow(publicationId: string, insight: DailyInsight): DailyMetricRow {
    const reporting = this.config.reportingCurrency;
    const spendReportingMinor = hasReportingRate(insight.currency) ? convertMinor(insight.spendMinor, insight.currency, reporting) : 0;
    const { date, impressions, reach, clicks, uniqueClicks, spendMinor, currency, conversions, cpmMicros, frequency } = insight;
    return { publicationId, date, impressions, reach, clicks, uniqueClicks, spendMinor, currency, spendReportingMinor, conversions, cpmMicros, frequency };
  }
}
