import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { CursorKind, decodeCursor, Page, toPage } from '../common/pagination';
import { JobListQuery, JobSort } from './dto/job-query.dto';
import { JobDto } from './dto/job.dto';
import { Job } from './entities/job.entity';

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
