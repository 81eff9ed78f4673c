import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { DataSource, Repository } from 'typeorm';
import { decodeCursor } from '../common/pagination';
import { pgPool } from '../database/pg-client';
import type { Tx } from '../database/transaction-retry';
import {
  buildCandidateListSql, CANDIDATE_BY_ID_SQL, CandidateListFilter, CandidateSort, parseSort,
} from './candidate-list.sql';
import { CandidatePageRow, candidatePageJson } from './candidate-json.sql';
import type { CandidateDto } from './dto/candidate.dto';
import { Candidate } from './entities/candidate.entity';
import { IdName, namesByIds } from '../database/names-by-ids';

/** A candidate's own columns, as the service computes them from validated input. */
export type CandidateColumns = Omit<Candidate, 'id' | 'createdAt' | 'updatedAt'>;

/**
 * The candidates table: single-row writes through TypeORM; reads with the current segment, keyset
 * lists and erasure in raw SQL where TypeORM would only add cost. Bulk upserts: bulk/candidate-upsert.repository.
 */
@Injectable()
export class CandidatesRepository {
  private readonly pool: Pool;

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
    const { text, values } = buildCandidateListSql(filter, sort, limit, after);
    // Straight to the pg pool: the hottest read of the API skips TypeORM's per-query runner.
    const { rows } = await this.pool.query<CandidatePageRow>(text, values);
    return candidatePageJson(rows, limit, sort);
  }

  /** One candidate with their current segment (the same join as the list); null when there is none. */
  async findOne(id: string): Promise<CandidateDto | null> {
    const { rows } = await this.pool.query<{ json: string }>(CANDIDATE_BY_ID_SQL, [id]);
    return rows.length ? (JSON.parse(rows[0].json) as CandidateDto) : null;
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
