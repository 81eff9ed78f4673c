// One segmentation run of the role pool, shared by the scenario specs of a jest worker (a run
// on 8 000 candidates takes seconds; each spec asks different questions of the same result).
import { runSegmentation } from '../pipeline';
import type { SegmentationResult } from '../pipeline';
import { SYNTHETIC_RATES } from '../synthetic';
import { familyIndex, rolePool } from './role-clusters';

export interface RoleScenario {
  result: SegmentationResult;
  truth: Int32Array;
  /** Segment holding most members of the family, and the share of the family it holds. */
  home(family: string): { segment: number; share: number };
  /** Members of `family` in `segment`, as a share of the segment. */
  shareOfSegment(family: string, segment: number): number;
}

let run: Promise<RoleScenario> | undefined;

/** The default pipeline (automatic k, default weights) on the role pool, fixed seed. */
export function roleScenario(): Promise<RoleScenario> {
  run ??= (async () => {
    const { candidates, truth } = rolePool(8000, 12);
    const result = await runSegmentation(candidates, { currency: SYNTHETIC_RATES });
    const counts = (family: string) => {
      const f = familyIndex(family);
      if (f < 0) throw new Error(`No role family ${family}`);
      const perSegment = new Array<number>(result.model.k).fill(0);
      truth.forEach((t, i) => t === f && perSegment[result.labels[i]]++);
      return perSegment;
    };
    return {
      result,
      truth,
      home(family) {
        const perSegment = counts(family);
        const segment = perSegment.indexOf(Math.max(...perSegment));
        return { segment, share: perSegment[segment] / perSegment.reduce((s, c) => s + c, 0) };
      },
      shareOfSegment(family, segment) {
        return counts(family)[segment] / result.model.metrics.sizes[segment];
      },
    };
  })();
  return run;
}
