import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { ProblemException } from '../common/problem';
import { isRetryableTransactionError, transactionWithRetry, Tx } from '../database/transaction-retry';
import { Campaign } from './entities/campaign.entity';
import { Publication } from './entities/publication.entity';
import { TargetStatus } from './publication-status';

export type { Tx };

/** Publications a system pause (job ended, automation rule) selects: live or on their way, aiming to be live. */
export type LivePublicationsOf = { campaignId: string } | { jobId: string };

const byCreation = (a: Publication, b: Publication) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);

/**
 * The writes of the API side of campaigns (drafts, publish, pause/resume/archive). Every write
 * transaction locks in ONE order, campaign rows first, then their publications by id, so two
 * requests on one campaign queue behind each other instead of deadlocking. Locks are FOR NO KEY
 * UPDATE: they do not block the key-share locks the workers' timeline inserts take on the same
 * rows (foreign keys), which was the lock cycle behind the 40P01 answers of issue 11.9.
 */
@Injectable()
export class CampaignWritesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Runs `work` in one transaction; a deadlock or serialization failure runs it again, and one that
   * persists answers 409 (the campaign is changing under the caller), never 500.
   */
  async transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    try {
      return await transactionWithRetry(this.dataSource, work);
    } catch (error) {
      if (isRetryableTransactionError(error)) throw new ProblemException(409, 'Another change to this campaign was being saved at the same moment; please try again.');
      throw error;
    }
  }

  /** Locks the campaign, then its publications by id; returns them oldest first. Null: no such campaign. */
  async lockCampaign(tx: Tx, id: string): Promise<{ campaign: Campaign; publications: Publication[] } | null> {
    const campaign = await tx.getRepository(Campaign).findOne({ where: { id }, lock: { mode: 'for_no_key_update' } });
    if (!campaign) return null;
    const publications = await tx.getRepository(Publication).find({ where: { campaignId: id }, order: { id: 'ASC' }, lock: { mode: 'for_no_key_update' } });
    return { campaign, publications: publications.sort(byCreation) };
  }

  /** Locks (in the one order) the campaigns matched and their live or in-flight publications that aim to be active. */
  async lockLivePublications(tx: Tx, of: LivePublicationsOf): Promise<Publication[]> {
    const where = 'campaignId' in of ? { id: of.campaignId } : { jobId: of.jobId };
    const campaigns = await tx.getRepository(Campaign).find({ where, select: { id: true }, order: { id: 'ASC' }, lock: { mode: 'for_no_key_update' } });
    if (campaigns.length === 0) return [];
    return tx.getRepository(Publication).find({
      where: { campaignId: In(campaigns.map((c) => c.id)), status: In(['queued', 'publishing', 'active']), targetStatus: 'active' },
      order: { id: 'ASC' }, lock: { mode: 'for_no_key_update' },
    });
  }

  /** Queues the publications for a new publish request (generation + 1); returns each id with its new generation. */
  async markQueued(tx: Tx, ids: string[]): Promise<{ id: string; publish_generation: number }[]> {
    const [rows]: [{ id: string; publish_generation: number }[]] = await tx.query(
      `UPDATE campaign_publications
          SET status = 'queued', target_status = 'active', publish_generation = publish_generation + 1, attempts = 0,
              last_error = NULL, last_error_kind = NULL, queued_at = now(), status_changed_at = now(), updated_at = now()
        WHERE id = ANY($1::uuid[]) RETURNING id, publish_generation`,
      [ids],
    );
    return rows;
  }

  /** Records an edit owed to each publication (update generation + 1, parts merged); returns each id with its new generation. */
  async markUpdateOwed(tx: Tx, ids: string[], changes: readonly string[]): Promise<{ id: string; update_generation: number }[]> {
    if (ids.length === 0) return [];
    const [rows]: [{ id: string; update_generation: number }[]] = await tx.query(
      `UPDATE campaign_publications
          SET update_generation = update_generation + 1,
              pending_changes = ARRAY(SELECT DISTINCT unnest(pending_changes || $2::text[]) ORDER BY 1), updated_at = now()
        WHERE id = ANY($1::uuid[]) RETURNING id, update_generation`,
      [ids, changes],
    );
    return rows;
  }

  /** New target status and status generation (+1) for the publications. */
  async setTarget(tx: Tx, ids: string[], target: TargetStatus): Promise<void> {
    if (ids.length === 0) return;
    await tx.getRepository(Publication).increment({ id: In(ids) }, 'statusGeneration', 1);
    await tx.getRepository(Publication).update({ id: In(ids) }, { targetStatus: target });
  }

  async insertCampaign(tx: Tx, fields: Partial<Campaign>): Promise<Campaign> {
    const rows = tx.getRepository(Campaign);
    return rows.save(rows.create(fields));
  }

  async updateCampaign(tx: Tx, id: string, fields: Partial<Campaign>): Promise<void> {
    await tx.getRepository(Campaign).update(id, fields);
  }

  async deleteCampaign(tx: Tx, id: string): Promise<void> {
    await tx.getRepository(Campaign).delete(id);
  }

  async insertPublications(tx: Tx, rows: Partial<Publication>[]): Promise<void> {
    if (rows.length) await tx.getRepository(Publication).insert(rows);
  }

  async deletePublications(tx: Tx, ids: string[]): Promise<void> {
    if (ids.length) await tx.getRepository(Publication).delete(ids);
  }

  async updatePublication(tx: Tx, id: string, fields: Partial<Publication>): Promise<void> {
    await tx.getRepository(Publication).update(id, fields);
  }
}
