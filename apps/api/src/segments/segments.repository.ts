import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { decodeCursor, Page, toPage } from '../common/pagination';
import { SegmentCandidateDto } from './dto/segment.dto';
import type { Segment } from './entities/segment.entity';

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

/** A segment's members from its run's assignments: most typical (closest to the centroid) first. */
@Injectable()
export class SegmentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
