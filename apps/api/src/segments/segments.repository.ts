import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PositionShare } from '@adflux/segmentation';
import { decodeCursor, Page, toPage } from '../common/pagination';
import { SegmentCandidateDto } from './dto/segment.dto';
import { Segment } from './entities/segment.entity';
import { inPgTransaction, PgTransaction } from '../database/pg-transaction';
import { IdName, namesByIds } from '../database/names-by-ids';

/** A new segment as a finished run stores it. */
export interface NewSegment {
  index: number;
  name: string;
  description: string;
  profile: unknown;
  size: number;
  share: number;
}

/** What a person may change on a segment. */
export type SegmentEdit = Partial<Pick<Segment, 'name' | 'description'>>;

/** The unique index on (run, lower(name)). */
const NAME_INDEX = 'segments_run_name_key';

interface MemberRow {
  id: string;
  fullName: string;
  desiredPosition: string | null;
  countryCode: string | null;
  region: string | null;
  city: string | null;
  yearsExperience: number | null;
  skills: string[];
  distance: number;
}

/** segments and a segment's members (from its run's assignments). */
@Injectable()
export class SegmentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Display names by id, one query (audit log targets). */
  names(ids: string[]): Promise<IdName[]> {
    return namesByIds(this.dataSource, 'segments', 'name', ids);
  }

  /** One transaction on one pooled connection; `tx` is the handle the other methods take. */
  transaction<T>(work: (tx: PgTransaction) => Promise<T>): Promise<T> {
    return inPgTransaction(this.dataSource, work);
  }

  findById(id: string): Promise<Segment | null> {
    return this.dataSource.getRepository(Segment).findOneBy({ id });
  }

  /** A run's segments by index. */
  findByRun(runId: string): Promise<Segment[]> {
    return this.dataSource.getRepository(Segment).find({ where: { runId }, order: { index: 'ASC' } });
  }

  /** A person's edit inside `tx`; throws an error `isNameConflict` recognizes when the name is taken in the run. */
  async edit(tx: PgTransaction, id: string, changes: SegmentEdit, editedBy: string | null): Promise<void> {
    await tx.manager.getRepository(Segment).update({ id }, { ...changes, editedAt: new Date(), editedBy });
  }

  /** A finished run's segments, in one statement inside the run's write transaction. */
  async insertForRun({ client }: PgTransaction, runId: string, segments: readonly NewSegment[]): Promise<void> {
    await client.query(
      `INSERT INTO segments (run_id, index, name, generated_name, description, profile, size, share)
       SELECT $1, p.index, p.name, p.name, p.description, p.profile, p.size, p.share
         FROM jsonb_to_recordset($2::jsonb) AS p(index int, name text, description text, profile jsonb, size int, share float8)`,
      [runId, JSON.stringify(segments)],
    );
  }

  /**
   * The desired positions most common among each segment's most typical members (the `sample`
   * closest to its centroid: an index range per segment, not a scan of the run), most common first.
   */
  async typicalPositions(runId: string, indexes: readonly number[], sample = 200, top = 3): Promise<Map<number, PositionShare[]>> {
    const rows: { index: number; position: string; share: number }[] = await this.dataSource.query(
      `SELECT index, position, share FROM (
         SELECT s.idx AS index, m.position, count(*)::float8 / max(m.members) AS share,
                row_number() OVER (PARTITION BY s.idx ORDER BY count(*) DESC, m.position) AS rank
           FROM unnest($2::int[]) AS s(idx)
           CROSS JOIN LATERAL (
             SELECT trim(c.desired_position) AS position, count(*) OVER () AS members
               FROM (SELECT candidate_id FROM segment_assignments WHERE run_id = $1 AND segment_index = s.idx ORDER BY distance LIMIT $3) a
               JOIN candidates c ON c.id = a.candidate_id
           ) m
          WHERE m.position <> ''
          GROUP BY s.idx, m.position) ranked
        WHERE rank <= $4 ORDER BY index, rank`,
      [runId, indexes, sample, top],
    );
    const byIndex = new Map<number, PositionShare[]>(indexes.map((i) => [i, []]));
    for (const r of rows) byIndex.get(r.index)?.push({ position: r.position, share: r.share });
    return byIndex;
  }

  /** Most typical (closest to the centroid) first, keyset on (distance, id). */
  async members(segment: Segment, limit: number, cursor?: string): Promise<Page<SegmentCandidateDto>> {
    const after = decodeCursor(cursor, ['number', 'uuid']);
    const params: unknown[] = [segment.runId, segment.index, limit + 1];
    let keyset = '';
    if (after) {
      params.push(Number(after[0]), String(after[1]));
      keyset = 'AND (a.distance, a.candidate_id) > ($4::real, $5::uuid)';
    }
    const rows: MemberRow[] = await this.dataSource.query(
      `SELECT c.id, c.full_name AS "fullName", c.desired_position AS "desiredPosition", c.country_code AS "countryCode",
              c.region, c.city, c.years_experience AS "yearsExperience", c.skills, a.distance
         FROM segment_assignments a JOIN candidates c ON c.id = a.candidate_id
        WHERE a.run_id = $1 AND a.segment_index = $2 ${keyset}
        ORDER BY a.distance, a.candidate_id
        LIMIT $3`,
      params,
    );
    return toPage(rows, limit, (r) => ({ ...r }), (r) => [r.distance, r.id]);
  }
}

/** True when an edit was refused because another segment of the run has that name. */
export function isNameConflict(error: unknown): boolean {
  return (error as { driverError?: { constraint?: string } }).driverError?.constraint === NAME_INDEX;
}
