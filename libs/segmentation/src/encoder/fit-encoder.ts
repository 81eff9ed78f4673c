// Fitting the encoder: vocabularies (top-N countries, regions, skills), imputation medians, and
// per-column means and scales, all from (a deterministic sample of) the candidates.
import { withDefaults } from '../defaults';
import { SegmentationError } from '../errors';
import { sampleIndices } from '../random';
import { medianInPlace } from '../stats';
import { FEATURE_GROUPS } from '../types';
import type { CandidateFeatures, FeatureGroup } from '../types';
import type { CurrencyRates, EncodedColumn, EncoderOptions, FittedEncoder } from './encoder-types';
import { RawRow, buildLayout } from './layout';
import {
  logSalary,
  createSkillNormaliser,
  readCountry,
  readCurrency,
  readEducation,
  readSkills,
  readYears,
  regionKey,
  salaryInBase,
} from './normalise';
import { SkillTally, chooseSkillColumns } from './skill-vocabulary';

const DEFAULTS = { topCountries: 10, topRegions: 0, topSkills: 30, fitSampleSize: 200_000, seed: 0 };
/**
 * Skills say what a candidate does, which is what a job ad targets, so they count double;
 * experience, pay and place count once; how actively someone looks, the contract they prefer and
 * their degree say little about the role, so they count half (at 1 they let backend engineers
 * and designers who share a country and a pay band land in one segment).
 */
export const DEFAULT_WEIGHTS: Readonly<Record<FeatureGroup, number>> = {
  experience: 1,
  salary: 1,
  education: 0.5,
  seeking: 0.5,
  employmentType: 0.5,
  location: 1,
  skills: 2,
};
/** Below this variance a column is constant on the fit rows: it carries nothing, so it is dropped. */
const MIN_VARIANCE = 1e-12;

export function fitEncoder(candidates: readonly CandidateFeatures[], options: EncoderOptions = {}): FittedEncoder {
  if (candidates.length === 0) throw new SegmentationError('NO_CANDIDATES', 'Cannot fit an encoder on zero candidates');
  const features = resolveFeatures(options.features);
  const weights = resolveWeights(options.weights);
  const opts = withDefaults(DEFAULTS, options);
  for (const key of ['topCountries', 'topRegions', 'topSkills', 'fitSampleSize'] as const) {
    const v = opts[key];
    if (!Number.isInteger(v) || v < (key === 'fitSampleSize' ? 1 : 0)) {
      throw new SegmentationError('INVALID_OPTIONS', `${key} must be a non-negative integer, got ${String(v)}`);
    }
  }
  const rows = sampleIndices(candidates.length, opts.fitSampleSize, opts.seed);
  const currency = resolveCurrency(candidates, rows, options.currency);

  // Pass 1: vocabulary counts and the values whose medians impute missing numbers.
  const countries = new Map<string, number>();
  const regions = new Map<string, number>();
  const skills = new SkillTally();
  const years = new Float64Array(rows.length);
  const salaries = new Float64Array(rows.length);
  const education = new Float64Array(rows.length);
  let nYears = 0;
  let nSalaries = 0;
  let nEducation = 0;
  const seen = new Set<string>();
  const normaliseSkill = createSkillNormaliser();
  const countRegions = features.includes('location') && opts.topRegions > 0;
  for (let r = 0; r < rows.length; r++) {
    const c = candidates[rows[r]];
    const y = readYears(c.yearsExperience);
    if (y !== null) years[nYears++] = y;
    const s = salaryInBase(c.desiredSalary, c.desiredSalaryCurrency, currency);
    if (s !== null) salaries[nSalaries++] = logSalary(s);
    const e = readEducation(c.educationLevel);
    if (e !== null) education[nEducation++] = e;
    const country = readCountry(c.countryCode);
    if (country !== null) increment(countries, country);
    if (countRegions) {
      const region = regionKey(country, c.region);
      if (region !== null) increment(regions, region);
    }
    seen.clear(); // a skill listed twice by one candidate counts once
    for (const raw of readSkills(c.skills)) {
      const name = normaliseSkill(raw);
      if (name !== null) seen.add(name);
    }
    skills.addRow(seen);
  }
  // One-off spellings and typos should not take a column: require 0.1% of rows (and 2 rows).
  const minCount = Math.max(2, Math.ceil(rows.length * 0.001));
  const vocabulary = {
    countries: features.includes('location') ? topKeys(countries, opts.topCountries, minCount) : [],
    regions: features.includes('location') ? topKeys(regions, opts.topRegions, minCount) : [],
    skills: features.includes('skills') ? chooseSkillColumns(skills, opts.topSkills, minCount) : [],
  };
  const impute = {
    yearsExperience: medianInPlace(years, nYears) ?? 0,
    logSalary: medianInPlace(salaries, nSalaries) ?? 0,
    educationLevel: Math.round(medianInPlace(education, nEducation) ?? 0),
  };

  // Pass 2: mean and variance of every raw column (after imputation).
  const layout = buildLayout({ features, vocabulary, impute, currency });
  const width = layout.names.length;
  const sum = new Float64Array(width);
  const sumSq = new Float64Array(width);
  const raw = new RawRow(width);
  for (let r = 0; r < rows.length; r++) {
    raw.reset();
    layout.write(candidates[rows[r]], raw);
    for (let t = 0; t < raw.length; t++) {
      const v = raw.value[t];
      sum[raw.index[t]] += v;
      sumSq[raw.index[t]] += v * v;
    }
  }
  const kept: number[] = [];
  const means: number[] = [];
  const variances: number[] = [];
  for (let j = 0; j < width; j++) {
    const mean = sum[j] / rows.length;
    const variance = Math.max(0, sumSq[j] / rows.length - mean * mean);
    if (variance < MIN_VARIANCE || weights[layout.groups[j]] === 0) continue;
    kept.push(j);
    means.push(mean);
    variances.push(variance);
  }
  const columns: EncodedColumn[] = kept.map((j) => ({ group: layout.groups[j], name: layout.names[j], kind: layout.kinds[j] }));
  const scales = groupScales(columns, variances, weights);
  return { version: 1, features, vocabulary, impute, currency, weights, columns, means, scales, noSkills: 'neutral' };
}

/**
 * Numbers are z-scored; 0/1 indicators are only centred (z-scoring a rare skill would blow it
 * up to ±10 and let it drive the clusters). Then each group is divided by the square root of its
 * total variance and multiplied by its weight, so every group carries variance weight² whatever
 * its number of columns: 30 skill columns weigh as much as one experience column.
 */
function groupScales(columns: EncodedColumn[], variances: number[], weights: Record<FeatureGroup, number>): number[] {
  const base = columns.map((col, j) => (col.kind === 'numeric' ? Math.sqrt(variances[j]) : 1));
  const total = new Map<FeatureGroup, number>();
  columns.forEach((col, j) => total.set(col.group, (total.get(col.group) ?? 0) + variances[j] / base[j] ** 2));
  return columns.map((col, j) => (base[j] * Math.sqrt(total.get(col.group) as number)) / weights[col.group]);
}

function resolveFeatures(features: FeatureGroup[] | undefined): FeatureGroup[] {
  if (features === undefined) return [...FEATURE_GROUPS];
  const unknown = features.filter((f) => !(FEATURE_GROUPS as readonly string[]).includes(f));
  if (unknown.length > 0) throw new SegmentationError('INVALID_OPTIONS', `Unknown feature groups: ${unknown.join(', ')}`);
  if (features.length === 0) throw new SegmentationError('INVALID_OPTIONS', 'At least one feature group is required');
  // Canonical order, so the same set of groups always gives the same column order.
  return FEATURE_GROUPS.filter((g) => features.includes(g));
}

function resolveWeights(weights: EncoderOptions['weights']): Record<FeatureGroup, number> {
  const out = {} as Record<FeatureGroup, number>;
  for (const g of FEATURE_GROUPS) {
    const w = weights?.[g] ?? DEFAULT_WEIGHTS[g];
    if (!Number.isFinite(w) || w < 0) throw new SegmentationError('INVALID_OPTIONS', `Weight of ${g} must be ≥ 0, got ${w}`);
    out[g] = w;
  }
  return out;
}

function resolveCurrency(
  candidates: readonly CandidateFeatures[],
  rows: Int32Array,
  given: EncoderOptions['currency'],
): CurrencyRates {
  if (given !== undefined) {
    const rates: Record<string, number> = {};
    for (const [code, rate] of Object.entries(given.rates)) {
      const key = readCurrency(code);
      if (key === null || !Number.isFinite(rate) || rate <= 0) {
        throw new SegmentationError('INVALID_OPTIONS', `Invalid currency rate ${code}: ${rate}`);
      }
      rates[key] = rate;
    }
    return { base: readCurrency(given.base), rates };
  }
  // No table: the most frequent currency is the base; others cannot be compared, so are missing.
  const counts = new Map<string, number>();
  for (let r = 0; r < rows.length; r++) {
    const c = candidates[rows[r]];
    const code = readCurrency(c.desiredSalaryCurrency);
    if (code !== null && typeof c.desiredSalary === 'number') increment(counts, code);
  }
  return { base: topKeys(counts, 1, 1)[0] ?? null, rates: {} };
}

function increment(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** The `limit` most frequent keys with at least `minCount` rows; ties broken by key for determinism. */
function topKeys(counts: Map<string, number>, limit: number, minCount: number): string[] {
  return [...counts]
    .filter(([, n]) => n >= minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, limit)
    .map(([key]) => key);
}
