import { ATTRIBUTE_LABELS } from '@adflux/segmentation';
import { Injectable } from '@nestjs/common';
import { CandidateDemographicsService } from '../../candidates';
import type { FieldError } from '../../common/problem';
import type { SegmentForCampaign } from '../targeting/campaign-segments';
import type { Targeting } from '../targeting/derive-targeting';
import { flaggedOf } from './fairness-override';

/**
 * What the wizard shows before anyone saves: segments the fairness audit flagged (creating and
 * publishing then need an admin override), and targeted cities whose declared candidates differ
 * from their country's so much that the place itself may act as a proxy.
 */
@Injectable()
export class FairnessWarnings {
  constructor(private readonly demographics: CandidateDemographicsService) {}

  async of(segments: readonly SegmentForCampaign[], targetings: ReadonlyArray<Pick<Targeting, 'cities'>>): Promise<FieldError[]> {
    const warnings: FieldError[] = flaggedOf(segments).map((s) => ({
      field: 'segmentIds',
      message: `"${s.name}" ${s.fairnessFlags.join(' and ')} (fairness audit); targeting it needs an admin override with a reason.`,
    }));
    const cities = new Map(targetings.flatMap((t) => t.cities).map((c) => [`${c.countryCode}:${c.name.trim().toLowerCase()}`, c]));
    for (const city of cities.values()) {
      const audit = await this.demographics.placeAudit(city.countryCode, city.name);
      for (const attribute of audit.attributes.filter((a) => a.status === 'flagged')) {
        warnings.push({
          field: 'targeting.cities',
          message: `Targeting ${city.name} (${city.countryCode}, ${city.radiusKm} km) may act as a proxy for ${ATTRIBUTE_LABELS[attribute.attribute]}: against the country's declared candidates, ${attribute.reason} Only candidates living in the city itself are compared (no coordinates offline).`,
        });
      }
    }
    return warnings;
  }
}
