// Segment statistics over every candidate: sizes, experience and salary spreads, skills by lift,
// locations, status mixes and distance spread. One pass to count, then per-segment sorting.
import type { CurrencyRates } from '../encoder/encoder-types';
import {
  createSkillNormaliser,
  readCountry,
  readEmploymentType,
  readSeeking,
  readSkills,
  readYears,
  regionKey,
  salaryInBase,
} from '../encoder/normalise';
import { quantileSorted, spreadInPlace } from '../stats';
import { EMPLOYMENT_TYPES, SEEKING_STATUSES } from '../types';
import type { CandidateFeatures } from '../types';
import type { ProfileOptions, SegmentStats, SkillLift, ValueSpread } from './profile-types';

interface Counter {
  display: string;
  perSegment: Int32Array;
  total: number;
}

type RegionCounter = Counter & { country: string | null };

export function computeSegmentStats(
  candidates: readonly CandidateFeatures[],
  labels: Int32Array,
  distances: Float64Array,
  k: number,
  currency: CurrencyRates,
  options: ProfileOptions = {},
): SegmentStats[] {
  const n = candidates.length;
  const topSkills = options.topSkills ?? 10;
  const topLocations = options.topLocations ?? 3;
  const minSkillShare = options.minSkillShare ?? 0.1;

  // Counting sort of row indices by segment: each segment's rows become one contiguous slice.
  const sizes = new Int32Array(k);
  for (let i = 0; i < n; i++) sizes[labels[i]]++;
  const start = new Int32Array(k + 1);
  for (let s = 0; s < k; s++) start[s + 1] = start[s] + sizes[s];
  const order = new Int32Array(n);
  const fill = start.slice(0, k);
  for (let i = 0; i < n; i++) order[fill[labels[i]]++] = i;

  const skills = new Map<string, Counter>();
  const countries = new Map<string, Counter>();
  const regions = new Map<string, RegionCounter>();
  // Raw (country, region) spellings → counter, so the per-row work allocates no key strings.
  const regionSpellings = new Map<string | null, Map<string, RegionCounter | null>>();
  const regionCounter = (country: string | null, raw: string): RegionCounter | null => {
    let byRegion = regionSpellings.get(country);
    if (byRegion === undefined) regionSpellings.set(country, (byRegion = new Map()));
    let counter = byRegion.get(raw);
    if (counter === undefined) {
      const key = regionKey(country, raw);
      counter = key === null ? null : (regions.get(key) ?? null);
      if (key !== null && counter === null) {
        counter = { display: raw.trim(), perSegment: new Int32Array(k), total: 0, country };
        regions.set(key, counter);
      }
      byRegion.set(raw, counter);
    }
    return counter;
  };
  const seeking = new Int32Array(k * (SEEKING_STATUSES.length + 1));
  const employment = new Int32Array(k * (EMPLOYMENT_TYPES.length + 1));
  const seen = new Set<string>();
  const normaliseSkill = createSkillNormaliser();
  for (let i = 0; i < n; i++) {
    const c = candidates[i];
    const s = labels[i];
    seen.clear();
    for (const raw of readSkills(c.skills)) {
      const key = normaliseSkill(raw);
      if (key === null || seen.has(key)) continue;
      seen.add(key);
      count(skills, key, (raw as string).trim(), s, k);
    }
    const country = readCountry(c.countryCode);
    if (country !== null) count(countries, country, country, s, k);
    if (typeof c.region === 'string') {
      const counter = regionCounter(country, c.region);
      if (counter !== null) {
        counter.perSegment[s]++;
        counter.total++;
      }
    }
    const status = readSeeking(c.seekingStatus);
    seeking[s * (SEEKING_STATUSES.length + 1) + (status === null ? SEEKING_STATUSES.length : SEEKING_STATUSES.indexOf(status))]++;
    const type = readEmploymentType(c.preferredEmploymentType);
    employment[s * (EMPLOYMENT_TYPES.length + 1) + (type === null ? EMPLOYMENT_TYPES.length : EMPLOYMENT_TYPES.indexOf(type))]++;
  }

  const buffer = new Float64Array(n);
  const stats: SegmentStats[] = [];
  for (let s = 0; s < k; s++) {
    const rows = order.subarray(start[s], start[s + 1]);
    const size = rows.length;
    const share = (x: number) => (size === 0 ? 0 : x / size);
    stats.push({
      segment: s,
      size,
      share: n === 0 ? 0 : size / n,
      experience: spreadOf(rows, buffer, (i) => readYears(candidates[i].yearsExperience)),
      salary: {
        currency: currency.base,
        ...spreadOf(rows, buffer, (i) => salaryInBase(candidates[i].desiredSalary, candidates[i].desiredSalaryCurrency, currency)),
      },
      topSkills: liftRanking(skills, s, size, n, topSkills, minSkillShare),
      topCountries: topCounters(countries, s, topLocations).map((c) => ({ countryCode: c.display, share: share(c.perSegment[s]) })),
      topRegions: topCounters(regions, s, topLocations).map((c) => ({
        countryCode: c.country,
        region: c.display,
        share: share(c.perSegment[s]),
      })),
      seekingStatus: mix([...SEEKING_STATUSES, 'unknown'] as const, seeking, s, size),
      employmentType: mix([...EMPLOYMENT_TYPES, 'unknown'] as const, employment, s, size),
      distance: distanceSpread(rows, buffer, distances),
    });
  }
  return stats;
}

function count<C extends Counter>(map: Map<string, C>, key: string, display: string, segment: number, k: number): C {
  let counter = map.get(key);
  if (counter === undefined) {
    counter = { display, perSegment: new Int32Array(k), total: 0 } as C;
    map.set(key, counter);
  }
  counter.perSegment[segment]++;
  counter.total++;
  return counter;
}

/** Median and IQR of the non-null values of a segment's rows (buffer is scratch space). */
function spreadOf(rows: Int32Array, buffer: Float64Array, read: (row: number) => number | null): ValueSpread {
  let m = 0;
  for (let r = 0; r < rows.length; r++) {
    const v = read(rows[r]);
    if (v !== null) buffer[m++] = v;
  }
  return { ...spreadInPlace(buffer.subarray(0, m)), missingShare: rows.length === 0 ? 0 : 1 - m / rows.length };
}

function distanceSpread(rows: Int32Array, buffer: Float64Array, distances: Float64Array): { median: number | null; p90: number | null } {
  const values = buffer.subarray(0, rows.length);
  for (let r = 0; r < rows.length; r++) values[r] = distances[rows[r]];
  values.sort();
  return { median: quantileSorted(values, 0.5), p90: quantileSorted(values, 0.9) };
}

/** Skills most over-represented in the segment, among those common enough in it to matter. */
function liftRanking(skills: Map<string, Counter>, s: number, size: number, n: number, limit: number, minShare: number): SkillLift[] {
  if (size === 0) return [];
  const out: SkillLift[] = [];
  for (const counter of skills.values()) {
    const share = counter.perSegment[s] / size;
    if (share < minShare || counter.perSegment[s] < 2) continue;
    const overallShare = counter.total / n;
    out.push({ skill: counter.display, share, overallShare, lift: share / overallShare });
  }
  return out
    .sort((a, b) => b.lift - a.lift || b.share - a.share || (a.skill < b.skill ? -1 : 1))
    .slice(0, limit);
}

function topCounters<C extends Counter>(map: Map<string, C>, s: number, limit: number): C[] {
  return [...map.values()]
    .filter((c) => c.perSegment[s] > 0)
    .sort((a, b) => b.perSegment[s] - a.perSegment[s] || (a.display < b.display ? -1 : 1))
    .slice(0, limit);
}

function mix<T extends string>(keys: readonly T[], counts: Int32Array, s: number, size: number): Record<T, number> {
  const out = {} as Record<T, number>;
  keys.forEach((key, j) => {
    out[key] = size === 0 ? 0 : counts[s * keys.length + j] / size;
  });
  return out;
}
