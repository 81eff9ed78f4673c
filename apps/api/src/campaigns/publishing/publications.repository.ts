import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type ExternalIds, PlatformError } from '../../ads-platforms';
import { PUBLICATION_LOCK_NAMESPACE } from '../../database/advisory-locks';
import { transactionWithRetry, Tx } from '../../database/transaction-retry';
import { Campaign } from '../entities/campaign.entity';
import { Publication } from '../entities/publication.entity';

export interface OwedPublication {
  id: string;
  status: string;
  publish_generation: number;
  status_generation: number;
}

export interface OwedUpdate {
  id: string;
  update_generation: number;
}

export interface CompletedPublication {
  id: string;
  campaign_id: string;
}

/**
 * The worker side of publications: the rows the publish and status jobs and the reconciler read
 * and write. Each worker transaction touches one publication row (plus its timeline insert), so
 * it cannot close a lock cycle with the API's campaign-then-publications order.
 */
@Injectable()
export class PublicationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A transaction; deadlocks and serialization failures are run again (see transactionWithRetry). */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return transactionWithRetry(this.dataSource, work);
  }

  /**
   * Runs `fn` holding a session advisory lock on the publication, so two workers (a stalled job
   * re-run beside its original, or a publish and a status job) never work on one row at once.
   * Busy → a transient error: Bull retries later, when the other worker has finished. The lock
   * dies with the connection, so a crashed worker never leaves a publication locked.
   */
  async withLock<T>(publicationId: string, fn: () => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = await runner.query('SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked', [PUBLICATION_LOCK_NAMESPACE, publicationId]);
      if (!locked) throw new PlatformError('transient', 'Another worker is processing this publication; trying again shortly.');
      try {
        return await fn();
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1, hashtext($2))', [PUBLICATION_LOCK_NAMESPACE, publicationId]);
      }
    } finally {
      await runner.release();
    }
  }

  find(id: string): Promise<Publication | null> {
    return this.dataSource.getRepository(Publication).findOne({ where: { id } });
  }

  async findWithCampaign(id: string): Promise<{ publication: Publication; campaign: Campaign } | null> {
    const publication = await this.dataSource.getRepository(Publication).findOne({ where: { id }, relations: { campaign: true } });
    if (!publication?.campaign) return null;
    return { publication, campaign: publication.campaign };
  }

  /** The target status as it is now (a pause asked while publishing wins). */
  async currentTarget(id: string): Promise<Publication['targetStatus']> {
    const { targetStatus } = await this.dataSource.getRepository(Publication).findOneOrFail({ where: { id }, select: { id: true, targetStatus: true } });
    return targetStatus;
  }

  async update(tx: Tx, id: string, fields: Partial<Publication>): Promise<void> {
    await tx.getRepository(Publication).update(id, fields);
  }

  /**
   * Writes the outcome of applying `target` only if the target is still that one: a user action
   * committed meanwhile (pause/resume) must not be overwritten by a stale result. False: it changed.
   */
  async settleIfTargetIs(tx: Tx, id: string, target: Publication['targetStatus'], fields: Partial<Publication>): Promise<boolean> {
    const result = await tx.getRepository(Publication).update({ id, targetStatus: target }, fields);
    return (result.affected ?? 0) > 0;
  }

  /** Merges one step's external id into the JSON (never replacing the others); returns them all. */
  async recordExternalId(tx: Tx, id: string, step: string, externalId: string): Promise<ExternalIds> {
    const [rows]: [{ external_ids: ExternalIds }[]] = await tx.query(
      `UPDATE campaign_publications SET external_ids = external_ids || jsonb_build_object($2::text, $3::text), current_step = $2, updated_at = now()
       WHERE id = $1 RETURNING external_ids`,
      [id, step, externalId],
    );
    return rows[0]!.external_ids;
  }

  /**
   * Publications owed work and untouched for `graceMs` (younger ones belong to a request still
   * enqueueing its own jobs): in flight, live away from their target, or failed/completed being
   * archived. Connections that need re-authorisation or are archived are left alone.
   */
  findOwed(graceMs: number, limit: number): Promise<OwedPublication[]> {
    return this.dataSource.query(
      `SELECT p.id, p.status, p.publish_generation, p.status_generation
         FROM campaign_publications p JOIN platform_connections c ON c.id = p.connection_id
        WHERE (p.status IN ('queued','publishing') OR (p.status IN ('active','paused') AND p.status <> p.target_status)
               OR (p.status IN ('failed','completed') AND p.target_status = 'archived'))
          AND p.updated_at < now() - make_interval(secs => $1::double precision / 1000)
          AND c.status <> 'needs_reauth' AND c.archived_at IS NULL
        ORDER BY p.updated_at LIMIT ${Math.trunc(limit)}`,
      [graceMs],
    );
  }

  /** Live publications with an edit not yet applied on the platform (same grace and connection rules as findOwed). */
  findUpdatesOwed(graceMs: number, limit: number): Promise<OwedUpdate[]> {
    return this.dataSource.query(
      `SELECT p.id, p.update_generation
         FROM campaign_publications p JOIN platform_connections c ON c.id = p.connection_id
        WHERE p.update_generation > p.applied_update_generation AND p.status IN ('active','paused')
          AND p.updated_at < now() - make_interval(secs => $1::double precision / 1000)
          AND c.status <> 'needs_reauth' AND c.archived_at IS NULL
        ORDER BY p.updated_at LIMIT ${Math.trunc(limit)}`,
      [graceMs],
    );
  }

  /**
   * Records that the edits up to `generation` reached the platform; the parts still owed are
   * kept when a newer edit (a higher generation) arrived meanwhile.
   */
  async settleUpdate(tx: Tx, id: string, generation: number): Promise<void> {
    await tx.query(
      `UPDATE campaign_publications
          SET applied_update_generation = GREATEST(applied_update_generation, $2),
              pending_changes = CASE WHEN update_generation <= $2 THEN '{}' ELSE pending_changes END, updated_at = now()
        WHERE id = $1`,
      [id, generation],
    );
  }

  /** Marks completed the live publications whose campaign has ended (locked by id first: one lock order). */
  async completeEnded(tx: Tx): Promise<CompletedPublication[]> {
    const [rows]: [CompletedPublication[]] = await tx.query(
      `WITH ended AS (
         SELECT p.id FROM campaign_publications p JOIN campaigns c ON c.id = p.campaign_id
          WHERE c.ends_at IS NOT NULL AND c.ends_at < now() AND p.status IN ('active','paused') AND p.target_status <> 'archived'
          ORDER BY p.id FOR NO KEY UPDATE OF p)
       UPDATE campaign_publications p SET status = 'completed', status_changed_at = now(), updated_at = now()
         FROM ended WHERE p.id = ended.id
       RETURNING p.id, p.campaign_id`,
    );
    return rows;
  }
}
