import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Tx } from '../database/transaction-retry';
import { CampaignEvent, CampaignEventLevel } from './entities/campaign-event.entity';

export interface TimelineEntry {
  campaignId: string;
  publicationId?: string | null;
  /** Machine-readable kind, e.g. publish_requested, step_completed, retry_scheduled, auto_paused. */
  type: string;
  level?: CampaignEventLevel;
  /** One sentence a recruiter can read. Never contains secrets (platform texts are redacted by the adapters). */
  message: string;
  details?: Record<string, unknown>;
  actorLabel?: string | null;
}

/**
 * Writes the campaign timeline (the campaign_events table); pass the transaction handle so an event
 * commits with its change. Other modules reach it through the CampaignsModule export, never by SQL.
 */
@Injectable()
export class CampaignTimeline {
  constructor(@InjectRepository(CampaignEvent) private readonly events: Repository<CampaignEvent>) {}

  async record(entries: TimelineEntry | TimelineEntry[], tx?: Tx): Promise<void> {
    const list = Array.isArray(entries) ? entries : [entries];
    if (list.length === 0) return;
    const repo = tx ? tx.getRepository(CampaignEvent) : this.events;
    await repo.insert(list.map((e) => ({
      campaignId: e.campaignId, publicationId: e.publicationId ?? null, type: e.type, level: e.level ?? 'info',
      message: e.message, details: (e.details ?? {}) as never, actorLabel: e.actorLabel ?? null,
    })));
  }
}
