import { Injectable } from '@nestjs/common';
import { fieldProblem } from '../../common/problem';
import { ActiveSegment, SegmentAudience, SegmentsService } from '../../segments';
import { audienceSize, Targeting } from './derive-targeting';

export type SegmentForCampaign = Pick<ActiveSegment, 'id' | 'name' | 'size' | 'share' | 'profile' | 'fairnessFlags'>;

/** The segments campaigns target: those of the active segmentation run (through SegmentsService). */
@Injectable()
export class CampaignSegments {
  constructor(
    private readonly segments: SegmentsService,
    private readonly audience: SegmentAudience,
  ) {}

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

  /**
   * Audience estimate of one publication: the segments' members in the places its targeting
   * sends (the same countries and cities), so the number shown matches what is published.
   */
  audienceFor(segments: readonly SegmentForCampaign[], targeting: Pick<Targeting, 'countries' | 'cities'>): Promise<number> {
    return this.audience.estimate(segments.map((s) => s.id), targeting, audienceSize(segments));
  }
}
