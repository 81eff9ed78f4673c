import { Injectable } from '@nestjs/common';
import { AudiencePlaces, SegmentAudienceRepository } from './segment-audience.repository';

export type { AudiencePlaces } from './segment-audience.repository';

/**
 * How many candidates of some segments a targeting reaches (exported: campaigns show it as the
 * audience estimate and the sandbox delivers to it). Without any place the ads are not limited
 * by location, so every member counts (`poolSize`: the segments' sizes).
 */
@Injectable()
export class SegmentAudience {
  constructor(private readonly repository: SegmentAudienceRepository) {}

  async estimate(segmentIds: readonly string[], places: AudiencePlaces, poolSize: number): Promise<number> {
    if (places.countries.length === 0 && places.cities.length === 0) return poolSize;
    return this.repository.countInPlaces(segmentIds, places);
  }
}
