import { Injectable } from '@nestjs/common';
import { fieldProblem } from '../../common/problem';
import { ActiveSegment, SegmentsService } from '../../segments';

export type SegmentForCampaign = Pick<ActiveSegment, 'id' | 'name' | 'size' | 'share' | 'profile'>;

/** The segments campaigns target: those of the active segmentation run (through SegmentsService). */
@Injectable()
export class CampaignSegments {
  constructor(private readonly segments: SegmentsService) {}

  active(): Promise<SegmentForCampaign[]> {
    return this.segments.getActiveSegments();
  }

  /** The given segments, which must all belong to the active run (422 naming the field otherwise). */
  async requireActive(ids: readonly string[], field = 'segmentIds'): Promise<SegmentForCampaign[]> {
    const active = new Map((await this.active()).map((s) => [s.id, s]));
    const missing = ids.filter((id) => !active.has(id));
    if (missing.length) throw fieldProblem(422, field, `not segments of the active segmentation run: ${missing.join(', ')}`);
    return [...new Set(ids)].map((id) => active.get(id)!);
  }
}
