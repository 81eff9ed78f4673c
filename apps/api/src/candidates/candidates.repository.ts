import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { DataSource, Repository } from 'typeorm';
import { decodeCursor } from '../common/pagination';
import { pgPool } from '../database/pg-client';
import type { Tx } from '../database/transaction-retry';
import {
  ACTIVE_RUN_SQL, ActiveRun, activeRunValues, buildCandidateListSql, SEGMENT_RUN_SQL, CANDIDATE_BY_ID_SQL, CandidateListFilter, CandidateSort, ListScope, parseSort,
} from './candidate-list.sql';
import { CandidatePageRow, candidatePageJson } from './candidate-json.sql';
import type { CandidateDto } from './dto/candidate.dto';
import { Candidate } from './entities/candidate.entity';
import { IdName, namesByIds } from '../database/names-by-ids';

/** Segments whose run is kept in memory; past it the map starts over (k ≤ 20 per run, so a few hundred runs' worth). */
const MAX_KNOWN_SEGMENTS = 5_000;

/** A candidate's own columns, as the service computes them from validated input. */
export type CandidateColumns = Omit<Candidate, 'id' | 'createdAt' | 'updatedAt'>;

/**
 * The candidates table: single-row writes through TypeORM; reads with the current segment, keyset
 * lists and erasure in raw SQL where TypeORM would only add cost. Bulk upserts: bulk/candidate-upsert.repository.
 */
@Injectable()
export class CandidatesRepository {
  private readonly pool: Pool;
  /** The active run as last read (undefined: not yet); every read checks it in its SQL (ListScope). */
  private activeRun: ActiveRun | null | undefined;
  /** Segment id → its run and index: fixed for a segment's life, so kept once read (bounded). */
  private readonly segmentRuns = new Map<string, { runId: string; index: number }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Candidate) private readonly candidates: Repository<Candidate>,
  ) {
    this.pool = pgPool(dataSource);
  }

  /** Display names by id, one query (audit log targets). */
  names(ids: string[]): Promise<IdName[]> {
    return namesByIds(this.dataSource, 'candidates', 'full_name', ids);
  }

  /** The stored row without the segment join (the service merges PATCHes onto it). */
  findRow(id: string): Promise<Candidate | null> {
    return this.candidates.findOneBy({ id });
  }

  /** The candidate's id by e-mail (stored lower-case, unique), or null. */
  async idByEmail(email: string): Promise<string | null> {
    const row = await this.candidates.findOne({ where: { email: email.toLowerCase() }, select: { id: true } });
    return row?.id ?? null;
  }

  async insert(columns: CandidateColumns): Promise<string> {
    return (await this.candidates.save(this.candidates.create(columns))).id;
  }

  async update(id: string, changes: Partial<CandidateColumns>): Promise<void> {
    await this.candidates.update({ id }, changes);
  }

  /** Runs `fn` in one transaction; pass the handle on to repository methods and AuditService.record. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(fn);
  }

  /** A page of the list as its JSON body (CandidatePageDto), written by PostgreSQL row by row (candidate-json.sql.ts). */
  async listJson(filter: CandidateListFilter, sort: CandidateSort = '-createdAt', limit: number, cursor?: string): Promise<string> {
    const after = this.readCursor(cursor, sort);
    const segment = filter.segmentId ? await this.segmentRun(filter.segmentId) : undefined;
    // An unknown segment has no members (a one-row lookup, not a query over every candidate).
    const rows = filter.segmentId && !segment ? [] : await this.withActiveRun((activeRun) => {
      const { text, values } = buildCandidateListSql(filter, sort, limit, after, { activeRun, segment });
      // Straight to the pg pool: the hottest read of the API skips TypeORM's per-query runner.
      return this.pool.query<CandidatePageRow>(text, values).then((result) => result.rows);
    });
    return candidatePageJson(rows, limit, sort);
  }

  /** One candidate with their current segment (the same join as the list); null when there is none. */
  async findOne(id: string): Promise<CandidateDto | null> {
    const rows = await this.withActiveRun(async (run) => (await this.pool.query<{ json: string }>(CANDIDATE_BY_ID_SQL, [id, ...activeRunValues(run)])).rows);
    return rows.length ? (JSON.parse(rows[0].json) as CandidateDto) : null;
  }

  /**
   * Runs a read with the active run as last seen. The read answers no rows when that run is no
   * longer the active one (activated elsewhere, in this process or another): then the run is read
   * again and, if it changed, the read runs once more. Answers that are empty anyway pay one lookup.
   */
  private async withActiveRun<Row>(read: (activeRun: ActiveRun | null) => Promise<Row[]>): Promise<Row[]> {
    const known = this.activeRun === undefined ? await this.readActiveRun() : this.activeRun;
    const rows = await read(known);
    if (rows.length > 0) return rows;
    const current = await this.readActiveRun();
    return current?.id === known?.id ? rows : read(current);
  }

  private async readActiveRun(): Promise<ActiveRun | null> {
    const { rows } = await this.pool.query<ActiveRun>(ACTIVE_RUN_SQL);
    this.activeRun = rows[0] ?? null;
    return this.activeRun;
  }

  private async segmentRun(segmentId: string): Promise<ListScope['segment']> {
    const known = this.segmentRuns.get(segmentId);
    if (known) return known;
    const { rows } = await this.pool.query<{ runId: string; index: number }>(SEGMENT_RUN_SQL, [segmentId]);
    if (!rows[0]) return undefined;
    if (this.segmentRuns.size >= MAX_KNOWN_SEGMENTS) this.segmentRuns.clear();
    this.segmentRuns.set(segmentId, rows[0]);
    return rows[0];
  }

  /** Cursors carry their sort so a cursor from another order is refused, not misread. */
  private readCursor(cursor: string | undefined, sort: string): [string | number, string] | undefined {
    const key = parseSort(sort as CandidateSort).key;
    const values = decodeCursor(cursor, [{ equals: sort }, key === 'yearsExperience' ? 'int' : key === 'fullName' ? 'text' : 'timestamp', 'uuid']);
    return values && [values[1], values[2]];
  }

  /**
   * Right to be forgotten: deletes the candidate and every rejected import row carrying their
   * email (raw CSV lines are personal data too). Returns false when there was no such candidate.
   */
  async erase(id: string, manager: Tx): Promise<boolean> {
    // A CTE so TypeORM hands back plain rows (for DELETE it returns [rows, count]).
    const deleted: Array<{ email: string }> = await manager.query('WITH d AS (DELETE FROM candidates WHERE id = $1 RETURNING email) SELECT email FROM d', [id]);
    if (deleted.length === 0) return false;
    await manager.query('DELETE FROM candidate_import_rejections WHERE email = $1', [deleted[0].email]);
    return true;
  }
}
