import type { SegmentProfile } from '@adflux/segmentation';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { fieldProblem } from '../../common/problem';

export interface SegmentForCampaign {
  id: string;
  name: string;
  size: number;
  share: number;
  profile: SegmentProfile;
}

/**
 * The segments campaigns target: those of the active segmentation run.
 * (Reads through the segments tables until SegmentsService lands; then it delegates.)
 */
@Injectable()
export class CampaignSegments {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async active(): Promise<SegmentForCampaign[]> {
    return this.dataSource.query(
      `SELECT s.id, s.name, s.size, s.share, s.profile FROM segments s JOIN segmentation_runs r ON r.id = s.run_id
        WHERE r.active ORDER BY s.index`,
    );
  }

  /** The given segments, which must all belong to the active run (422 naming the field otherwise). */
  async requireActive(ids: readonly string[], field = 'segmentIds'): Promise<SegmentForCampaign[]> {
    const active = new Map((await this.active()).map((s) => [s.id, s]));
    const missing = ids.filter((id) => !active.has(id));
    if (missing.length) throw fieldProblem(422, field, `not segments of the active segmentation run: ${missing.join(', ')}`);
    return [...new Set(ids)].map((id) => active.get(id)!);
  }
}
