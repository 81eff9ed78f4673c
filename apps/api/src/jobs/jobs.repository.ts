import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ClientBase } from 'pg';
import { Repository } from 'typeorm';
import type { Tx } from '../database/transaction-retry';
import { CursorKind, decodeCursor, Page, toPage } from '../common/pagination';
import { JobListQuery, JobSort } from './dto/job-query.dto';
import { JobDto } from './dto/job.dto';
import { Job } from './entities/job.entity';
import { toJobRow } from './job-rows';
import { IdName, namesByIds } from '../database/names-by-ids';

/** Anything that runs SQL: a pg client (possibly inside the caller's transaction). */
export type SqlClient = Pick<ClientBase, 'query'>;

type SortKey = 'createdAt' | 'title' | 'closingDate' | 'salaryMax';

interface SortSpec {
  /** SQL expression; identical to the one in the migration's (expression, id) index. */
  expr: string;
  sqlType: string;
  valueOf(job: Job): string | number;
  cursor: CursorKind;
}

// NULL closing dates sort as 'infinity' and NULL salaries as -1 (unknown pay ranks lowest), so
// the keyset row comparison never meets a NULL.
const SORTS: Record<SortKey, SortSpec> = {
  createdAt: { expr: 'j.created_at', sqlType: 'timestamptz', valueOf: (j) => j.createdAt.toISOString(), cursor: 'timestamp' },
  title: { expr: 'j.title', sqlType: 'varchar', valueOf: (j) => j.title, cursor: 'text' },
  closingDate: { expr: `COALESCE(j.closing_date, 'infinity'::date)`, sqlType: 'date', valueOf: (j) => j.closingDate ?? 'infinity', cursor: 'dateOrInfinity' },
  salaryMax: { expr: 'COALESCE(j.salary_max, -1)', sqlType: 'bigint', valueOf: (j) => j.salaryMax ?? -1, cursor: 'int' },
};

/** Escapes LIKE wildcards so a search for "50%" means the characters, not a pattern. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

@Injectable()
export class JobsRepository {
  constructor(@InjectRepository(Job) private readonly jobs: Repository<Job>) {}

  /** Display names by id, one query (audit log targets). */
  names(ids: string[]): Promise<IdName[]> {
    return namesByIds(this.jobs, 'jobs', 'title', ids);
  }

  /** Runs `work` in one transaction; the manager it gets is the handle the other methods take. */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.jobs.manager.transaction(work);
  }

  /** A job by id; row-locked when a transaction manager is given (serializes concurrent writes). */
  findById(id: string, manager?: Tx): Promise<Job | null> {
    if (!manager) return this.jobs.findOneBy({ id });
    return manager.getRepository(Job).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Inserts a new job (fields only) or writes an edited, loaded one; generated columns are reloaded. */
  save(manager: Tx, job: Partial<Job>): Promise<Job> {
    const repo = manager.getRepository(Job);
    return repo.save(job instanceof Job ? job : repo.create(job));
  }

  async delete(manager: Tx, id: string): Promise<void> {
    await manager.getRepository(Job).delete({ id });
  }

  /**
   * Many new jobs in one statement; rows whose external_ref exists already are skipped, so a
   * replayed batch inserts nothing twice. Returns the ids created. `client` runs it inside the
   * caller's transaction.
   */
  insertMany(jobs: readonly Partial<Job>[], client?: SqlClient): Promise<string[]> {
    return insertJobRows(client ?? { query: (text: string, values: unknown[]) => this.jobs.query(text, values).then((rows) => ({ rows })) } as SqlClient, jobs);
  }

  /** Keyset page: ORDER BY (sort expression, id); the cursor carries [sort, value, id]. */
  async list(query: JobListQuery): Promise<Page<JobDto>> {
    const limit = query.limit ?? 50;
    const sort: JobSort = query.sort ?? '-createdAt';
    const descending = sort.startsWith('-');
    const key = (descending ? sort.slice(1) : sort) as SortKey;
    const spec = SORTS[key];
    const after = this.decodeListCursor(query.cursor, sort, spec);

    const qb = this.jobs.createQueryBuilder('j');
    if (query.status) qb.andWhere('j.status = :status', { status: query.status });
    else qb.andWhere(`j.status <> 'archived'`);
    if (query.country) qb.andWhere('j.country_code = :country', { country: query.country });
    if (query.employmentType) qb.andWhere('j.employment_type = :employmentType', { employmentType: query.employmentType });
    if (query.experienceLevel) qb.andWhere('j.experience_level = :experienceLevel', { experienceLevel: query.experienceLevel });
    if (query.skill) qb.andWhere('j.skills @> ARRAY[CAST(:skill AS text)]', { skill: query.skill });
    // Same expression as the trigram index jobs_search_trgm_idx.
    if (query.q) qb.andWhere(`(j.title || ' ' || j.company || ' ' || j.description) ILIKE :pattern`, { pattern: likePattern(query.q) });
    if (after) {
      qb.andWhere(`(${spec.expr}, j.id) ${descending ? '<' : '>'} (CAST(:afterValue AS ${spec.sqlType}), CAST(:afterId AS uuid))`, {
        afterValue: after.value, afterId: after.id,
      });
    }
    const direction = descending ? 'DESC' : 'ASC';
    const rows = await qb.orderBy(spec.expr, direction).addOrderBy('j.id', direction).limit(limit + 1).getMany();
    return toPage(rows, limit, JobDto.from, (job) => [sort, spec.valueOf(job), job.id]);
  }

  private decodeListCursor(cursor: string | undefined, sort: JobSort, spec: SortSpec): { value: unknown; id: string } | undefined {
    const values = decodeCursor(cursor, [{ equals: sort }, spec.cursor, 'uuid']);
    return values && { value: values[1], id: values[2] };
  }
}

/**
 * The bulk insert behind JobsRepository.insertMany, also for seeds that run before the app
 * exists. Columns come from the entity (job-rows.ts) and values are typed by the table's own row
 * type (jsonb_populate_recordset), so nothing here restates the jobs schema.
 */
export async function insertJobRows(client: SqlClient, jobs: readonly Partial<Job>[]): Promise<string[]> {
  if (jobs.length === 0) return [];
  const rows = jobs.map(toJobRow);
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))].map((c) => `"${c}"`).join(', ');
  const result = await client.query<{ id: string }>(
    `INSERT INTO jobs (${columns})
     SELECT ${columns} FROM jsonb_populate_recordset(NULL::jobs, $1::jsonb)
     ON CONFLICT (external_ref) WHERE external_ref IS NOT NULL DO NOTHING
     RETURNING id`,
    [JSON.stringify(rows)],
  );
  return result.rows.map((r) => r.id);
}
