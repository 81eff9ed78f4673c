import type { SegmentationResult } from '@adflux/segmentation';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, QueryFailedError, Repository } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';
import { decodeCursor, Page, toPage } from '../../common/pagination';
import { SegmentationRunDto } from '../dto/run.dto';
import { RunStatus, RunTrigger, SegmentationRun } from '../entities/segmentation-run.entity';
import { lockActivationExclusive, lockActivationShared } from '../../database/advisory-locks';
import { inPgTransaction, PgTransaction } from '../../database/pg-transaction';
import { readRunParameters, RunParameters } from './run-parameters';
import type { RunProgress, RunTimings } from '../pipeline/run-progress';

export interface ClaimedRun {
  id: string;
  parameters: RunParameters;
}

/** What a new queued run records about who asked for it. */
export interface QueuedRunFields {
  parameters: RunParameters;
  trigger: RunTrigger;
  requestedBy: string | null;
  requestedByLabel: string;
}

/** The partial unique index that lets one run at a time be queued or running. */
const IN_FLIGHT_INDEX = 'segmentation_runs_one_in_flight';

/**
 * segmentation_runs: the run lifecycle, keyset lists, the `active` flag and the activation lock.
 * Methods taking a `client` run inside the caller's transaction (`transaction`).
 */
@Injectable()
export class SegmentationRunsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(SegmentationRun) private readonly runs: Repository<SegmentationRun>,
  ) {}

  /** One transaction on one pooled connection; `tx` is the handle the other methods take. */
  transaction<T>(work: (tx: PgTransaction) => Promise<T>, isolation?: IsolationLevel): Promise<T> {
    return inPgTransaction(this.dataSource, work, isolation);
  }

  /** Inserts a queued run inside `tx`; throws an error `isInFlightConflict` recognizes while another is in flight. */
  async insertQueued(tx: PgTransaction, fields: QueuedRunFields): Promise<SegmentationRun> {
    const repo = tx.manager.getRepository(SegmentationRun);
    const inserted = await repo.save(
      repo.create({ status: 'queued', progress: 0, active: false, silhouetteByK: [], sizes: [], notes: [], timings: {}, ...fields }),
    );
    return (await repo.findOneBy({ id: inserted.id }))!;
  }

  /** A queued run only into an empty table (the demo seed's first run); the worker's reconciler enqueues it. */
  async insertFirstRun(fields: QueuedRunFields): Promise<void> {
    await this.runs.query(
      `INSERT INTO segmentation_runs (status, trigger, parameters, requested_by, requested_by_label)
       SELECT 'queued', $1, $2, $3, $4 WHERE NOT EXISTS (SELECT 1 FROM segmentation_runs)`,
      [fields.trigger, JSON.stringify(fields.parameters), fields.requestedBy, fields.requestedByLabel],
    );
  }

  /** The run's status, row-locked until the transaction ends; null when it does not exist. */
  async lockStatus({ client }: PgTransaction, runId: string): Promise<RunStatus | null> {
    const { rows } = await client.query<{ status: RunStatus }>(`SELECT status FROM segmentation_runs WHERE id = $1 FOR UPDATE`, [runId]);
    return rows[0]?.status ?? null;
  }

  /** Taken by activation: waits for in-flight assignment writers, and blocks new ones until commit. */
  lockActivationExclusive({ client }: PgTransaction): Promise<void> {
    return lockActivationExclusive(client);
  }

  /** Taken by writers of the active run's assignments, so the run they read stays active until they commit. */
  lockActivationShared({ client }: PgTransaction): Promise<void> {
    return lockActivationShared(client);
  }

  /** The active run's id inside a transaction (after taking the activation lock). */
  async findActiveId({ client }: PgTransaction): Promise<string | null> {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM segmentation_runs WHERE active`);
    return rows[0]?.id ?? null;
  }

  /** Whether `runId` is still the run activated at `activatedAt`. */
  async isActiveSince({ client }: PgTransaction, runId: string, activatedAt: Date): Promise<boolean> {
    const { rows } = await client.query(`SELECT 1 FROM segmentation_runs WHERE id = $1 AND active AND activated_at = $2`, [runId, activatedAt]);
    return rows.length > 0;
  }

  /** Moves the active flag to a succeeded run; returns its new activated_at. */
  async makeActive({ client }: PgTransaction, runId: string): Promise<Date> {
    // The run giving way keeps copies of the candidates' sort keys as of now (only the active run's follow every write).
    await client.query(`UPDATE segmentation_runs SET active = false, sort_keys_synced_at = now() WHERE active`);
    const { rows } = await client.query<{ activated_at: Date }>(
      `UPDATE segmentation_runs SET active = true, activated_at = now(), candidates_synced_at = NULL
        WHERE id = $1 AND status = 'succeeded' RETURNING activated_at`,
      [runId],
    );
    if (rows.length === 0) throw new Error(`Run ${runId} cannot be activated: it has not succeeded`);
    return rows[0].activated_at;
  }

  /** When the run started loading candidates (what it saw); null when it does not exist. */
  async findStartedAt(runId: string): Promise<Date | null> {
    const rows: Array<{ started_at: Date | null }> = await this.runs.query(`SELECT started_at FROM segmentation_runs WHERE id = $1`, [runId]);
    return rows.length ? rows[0].started_at : null;
  }

  /** Placement after the activation at `activatedAt` finished in `ms` (no-op once another activation happened). */
  async markCandidatesSynced(runId: string, activatedAt: Date, ms: number): Promise<void> {
    await this.runs.query(
      `UPDATE segmentation_runs SET candidates_synced_at = now(), timings = timings || jsonb_build_object('place', $3::int)
        WHERE id = $1 AND active AND activated_at = $2`,
      [runId, activatedAt, ms],
    );
  }

  /**
   * queued → running. A run found already running belongs to a worker that died (its stalled
   * job came back): it restarts from scratch. Anything else is finished: null, nothing to do.
   */
  async claim(runId: string): Promise<ClaimedRun | null> {
    const [rows] = await this.runs.query(
      `UPDATE segmentation_runs
          SET status = 'running', started_at = now(), phase = 'load', progress = 0, error = NULL, timings = '{}'
        WHERE id = $1 AND status IN ('queued','running')
        RETURNING id, parameters`,
      [runId],
    );
    const row = (rows as Array<{ id: string; parameters: unknown }>)[0];
    return row ? { id: row.id, parameters: readRunParameters(row.parameters) } : null;
  }

  async saveProgress(runId: string, progress: RunProgress, timings: RunTimings): Promise<void> {
    await this.runs.query(
      `UPDATE segmentation_runs SET phase = $2, progress = $3, timings = $4 WHERE id = $1 AND status = 'running'`,
      [runId, progress.phase, progress.percent, JSON.stringify(timings)],
    );
  }

  async markFailed(runId: string, error: string, timings: RunTimings): Promise<void> {
    await this.runs.query(
      `UPDATE segmentation_runs SET status = 'failed', error = $2, timings = $3, phase = NULL, finished_at = now()
        WHERE id = $1 AND status IN ('queued','running')`,
      [runId, error.slice(0, 4000), JSON.stringify(timings)],
    );
  }

  /** running → succeeded with the model and everything the UI shows (inside the write transaction). */
  async complete({ client }: PgTransaction, runId: string, result: SegmentationResult, candidateCount: number, timings: RunTimings): Promise<void> {
    const { model } = result;
    await client.query(
      `UPDATE segmentation_runs
          SET status = 'succeeded', phase = NULL, progress = 100, finished_at = now(),
              model = $2, k = $3, silhouette = $4, inertia = $5, silhouette_by_k = $6, sizes = $7,
              training = $8, map = $9, notes = $10, candidate_count = $11, timings = $12,
              sort_keys_synced_at = now() -- copyRun caught its copies up, in this transaction
        WHERE id = $1 AND status = 'running'`,
      [
        runId,
        JSON.stringify(model),
        model.k,
        finiteOrNull(model.metrics.silhouette),
        finiteOrNull(model.metrics.inertia),
        JSON.stringify(model.silhouetteByK),
        JSON.stringify(model.metrics.sizes),
        JSON.stringify(model.training),
        JSON.stringify(result.map),
        JSON.stringify(result.notes),
        candidateCount,
        JSON.stringify(timings),
      ],
    );
  }

  async saveTimings(runId: string, timings: RunTimings): Promise<void> {
    await this.runs.query(`UPDATE segmentation_runs SET timings = $2 WHERE id = $1`, [runId, JSON.stringify(timings)]);
  }

  /** Newest first; keyset on (created_at, id). */
  async list(limit: number, cursor: string | undefined, status: RunStatus | undefined): Promise<Page<SegmentationRunDto>> {
    const after = decodeCursor(cursor, ['timestamp', 'uuid']);
    const qb = this.runs.createQueryBuilder('r').orderBy('r.created_at', 'DESC').addOrderBy('r.id', 'DESC').limit(limit + 1);
    if (after) qb.andWhere('(r.created_at, r.id) < (:at, :id)', { at: new Date(String(after[0])), id: String(after[1]) });
    if (status) qb.andWhere('r.status = :status', { status });
    const rows = await qb.getMany();
    return toPage(rows, limit, SegmentationRunDto.from, (r) => [r.createdAt.toISOString(), r.id]);
  }

  findOne(id: string, withDetail = false): Promise<SegmentationRun | null> {
    const qb = this.runs.createQueryBuilder('r').where('r.id = :id', { id });
    if (withDetail) qb.addSelect('r.map');
    return qb.getOne();
  }

  findActive(): Promise<SegmentationRun | null> {
    return this.runs.findOneBy({ active: true });
  }

  findInFlight(): Promise<SegmentationRun[]> {
    return this.runs.find({ where: [{ status: 'queued' }, { status: 'running' }] });
  }

  /** The stored model of a run (not selected by default: it is the largest column), read inside `tx` when given. */
  async findModel(runId: string, tx?: PgTransaction): Promise<unknown> {
    const sql = `SELECT model FROM segmentation_runs WHERE id = $1`;
    const rows: Array<{ model: unknown }> = tx ? (await tx.client.query(sql, [runId])).rows : await this.runs.query(sql, [runId]);
    return rows[0]?.model ?? null;
  }
}

/** True when an insert was refused because another run is queued or running. */
export function isInFlightConflict(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
  return error instanceof QueryFailedError && driverError?.code === '23505' && driverError.constraint === IN_FLIGHT_INDEX;
}

function finiteOrNull(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null;
}
