import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
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

/** Writes the campaign timeline; pass the transaction's manager so an event commits with its change. */
@Injectable()
export class CampaignTimeline {
  constructor(@InjectRepository(CampaignEvent) private readonly events: Repository<CampaignEvent>) {}

  async record(entries: TimelineEntry | TimelineEntry[], manager?: EntityManager): Promise<void> {
    const list = Array.isArray(entries) ? entries : [entries];
    if (list.length === 0) return;
    const repo = manager ? manager.getRepository(CampaignEvent) : this.events;
    await repo.insert(list.map((e) => ({
      campaignId: e.campaignId, publicationId: e.publicationId ?? null, type: e.type, level: e.level ?? 'info',
      message: e.message, details: (e.details ?? {}) as never, actorLabel: e.actorLabel ?? null,
    })));
  }
}
