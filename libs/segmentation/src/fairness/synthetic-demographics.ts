// Plausible self-declared demographics for synthetic candidates (demo data and scenario specs).
// With `ageFollowsExperience` the age band is drawn around 22 + years of experience, so segments
// split by experience differ in age: exactly the kind of proxy the audit exists to find.
import { createRng } from '../random';
import { AGE_BANDS, GENDERS, PREFER_NOT_TO_SAY } from './attributes';
import type { Demographics } from './attributes';

export interface SyntheticDemographicsOptions {
  seed?: number;
  /** Age drawn from experience (true, the demo) or independently of every feature (false: a clean pool). */
  ageFollowsExperience?: boolean;
  /** Share of candidates who declare nothing at all (default 0.15). */
  undeclaredRate?: number;
}

/** Ages by band edge, for mapping an age to its band. */
const BAND_FLOORS = [18, 25, 35, 45, 55, 65];

export function ageBandOf(age: number): string {
  let band = 0;
  for (let i = 0; i < BAND_FLOORS.length; i++) if (age >= BAND_FLOORS[i]) band = i;
  return AGE_BANDS[band];
}

export function syntheticDemographics(
  candidates: ReadonlyArray<{ yearsExperience: number | null }>,
  options: SyntheticDemographicsOptions = {},
): Array<Demographics | null> {
  const rng = createRng(options.seed ?? 99);
  const undeclared = options.undeclaredRate ?? 0.15;
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
  const declined = (value: string, rate = 0.04) => (rng() < rate ? PREFER_NOT_TO_SAY : value);
  return candidates.map((c) => {
    if (rng() < undeclared) return null;
    const age = options.ageFollowsExperience !== false && c.yearsExperience !== null
      ? 22 + c.yearsExperience + Math.abs(gauss()) * 4
      : 18 + rng() * 47;
    const g = rng();
    const gender = g < 0.48 ? GENDERS[0] : g < 0.96 ? GENDERS[1] : g < 0.985 ? GENDERS[2] : GENDERS[3];
    return {
      ageBand: declined(ageBandOf(Math.round(age))),
      gender: declined(gender),
      disability: declined(rng() < 0.08 ? 'yes' : 'no', 0.08),
      veteran: declined(rng() < 0.05 ? 'yes' : 'no', 0.06),
    };
  });
}
