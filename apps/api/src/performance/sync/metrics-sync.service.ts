import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { DailyInsight, ExternalIds } from '../../ads-platforms/ads-platform.port';
import { AdsPlatformFactory } from '../../ads-platforms/connections/ads-platform.factory';
import { ConnectionsService } from '../../ads-platforms/connections/connections.service';
import { PlatformError } from '../../ads-platforms/platform-error';
import { appConfig } from '../../config/app-config';
import { convertMinor, hasReportingRate } from '../calc/fx';
import { addDays, toDay } from '../calc/periods';
import { AutomationRulesEvaluator } from '../rules/automation-rules.evaluator';
import { DailyMetricRow, MetricsRepository } from './metrics.repository';

interface SyncTarget {
  id: string;
  campaignId: string;
  connectionId: string;
  externalIds: ExternalIds;
}

export interface SyncReport {
  publications: number;
  rows: number;
  failed: number;
  from: string;
  to: string;
}

/**
 * Publications worth syncing: they have platform objects and are live, or stopped within the
 * trailing window (platforms still revise those days). `windowParam` names the days parameter.
 */
const syncable = (windowParam: string) =>
  `external_ids <> '{}'::jsonb AND (status = 'active' OR (status IN ('paused','completed','archived') AND status_changed_at > now() - make_interval(days => ${windowParam})))`;

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
    @InjectDataSource() private readonly db: DataSource,
    private readonly factory: AdsPlatformFactory,
    private readonly connections: ConnectionsService,
    private readonly metrics: MetricsRepository,
    private readonly rules: AutomationRulesEvaluator,
  ) {}

  /** Connections that have something to sync: live publications or ones that stopped recently. */
  async connectionsToSync(): Promise<string[]> {
    const rows: { connection_id: string }[] = await this.db.query(
      `SELECT DISTINCT connection_id FROM campaign_publications
       WHERE ${syncable('$1')}`,
      [appConfig().metricsSyncWindowDays],
    );
    return rows.map((r) => r.connection_id);
  }

  async syncConnection(connectionId: string, today: Date = new Date()): Promise<SyncReport> {
    const targets: SyncTarget[] = await this.db.query(
      `SELECT id, campaign_id AS "campaignId", connection_id AS "connectionId", external_ids AS "externalIds" FROM campaign_publications
       WHERE connection_id = $1 AND ${syncable('$2')}`,
      [connectionId, appConfig().metricsSyncWindowDays],
    );
    return this.syncTargets(connectionId, targets, today);
  }

  async syncCampaign(campaignId: string, today: Date = new Date()): Promise<SyncReport[]> {
    const targets: SyncTarget[] = await this.db.query(
      `SELECT id, campaign_id AS "campaignId", connection_id AS "connectionId", external_ids AS "externalIds" FROM campaign_publications
       WHERE campaign_id = $1 AND external_ids <> '{}'::jsonb`,
      [campaignId],
    );
    const byConnection = new Map<string, SyncTarget[]>();
    for (const t of targets) byConnection.set(t.connectionId, [...(byConnection.get(t.connectionId) ?? []), t]);
    const reports: SyncReport[] = [];
    for (const [connectionId, group] of byConnection) reports.push(await this.syncTargets(connectionId, group, today));
    return reports;
  }

  private async syncTargets(connectionId: string, targets: SyncTarget[], today: Date): Promise<SyncReport> {
    const to = toDay(today);
    const from = addDays(to, -(appConfig().metricsSyncWindowDays - 1));
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
    await this.db.transaction(async (manager) => {
      await this.metrics.upsertDaily(rows, manager);
      await this.metrics.refreshPlatformRollup([...new Set(rows.map((r) => r.date))], manager);
    });
    report.rows = rows.length;
    await this.rules.evaluateCampaigns([...new Set(targets.map((t) => t.campaignId))], today);
    return report;
  }

  private toRow(publicationId: string, insight: DailyInsight): DailyMetricRow {
    const reporting = appConfig().reportingCurrency;
    const spendReportingMinor = hasReportingRate(insight.currency) ? convertMinor(insight.spendMinor, insight.currency, reporting) : 0;
    return { publicationId, date: insight.date, impressions: insight.impressions, reach: insight.reach, clicks: insight.clicks, spendMinor: insight.spendMinor, currency: insight.currency, spendReportingMinor, conversions: insight.conversions };
  }
}
