import type { FeatureGroup, RunPhase, RunStatus, SegmentProfile } from '../../api/hooks/segments';

export const PHASE_LABELS: Record<RunPhase, string> = {
  load: 'Loading candidates',
  encode: 'Encoding features',
  select_k: 'Choosing the number of segments',
  train: 'Training K-means',
  assign: 'Assigning every candidate',
  profile: 'Describing the segments',
  write: 'Saving segments',
  activate: 'Finishing',
};

export const FEATURE_LABELS: Record<FeatureGroup, string> = {
  experience: 'Years of experience',
  salary: 'Desired salary',
  education: 'Education level',
  seeking: 'Job-seeking status',
  employmentType: 'Preferred employment type',
  location: 'Location',
  skills: 'Skills',
};

export const STATUS_TONES: Record<RunStatus, 'neutral' | 'blue' | 'green' | 'red'> = { queued: 'neutral', running: 'blue', succeeded: 'green', failed: 'red' };

const count = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });
const decimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

export const formatCount = (n: number | null | undefined) => (n === null || n === undefined ? '—' : count.format(n));
export const formatShare = (share: number) => percent.format(share);
export const formatSilhouette = (s: number | null | undefined) => (s === null || s === undefined ? '—' : s.toFixed(2));
/** How much more common a skill is in the segment than overall: "×2.4". */
export const formatLift = (lift: number) => `×${decimal.format(lift)}`;

/** "3–7 years (median 5)": the interquartile range a marketer can read. */
export function formatYears(spread: SegmentProfile['experience']): string {
  if (spread.median === null) return 'Unknown';
  const range = spread.p25 !== null && spread.p75 !== null && spread.p25 !== spread.p75 ? `${decimal.format(spread.p25)}–${decimal.format(spread.p75)} years` : `${decimal.format(spread.median)} years`;
  return `${range} (median ${decimal.format(spread.median)})`;
}

export function formatSalary(spread: SegmentProfile['salary']): string {
  if (spread.median === null) return 'Unknown';
  const money = (v: number) => (spread.currency ? new Intl.NumberFormat(undefined, { style: 'currency', currency: spread.currency, notation: 'compact', maximumFractionDigits: 1 }).format(v) : count.format(v));
  if (spread.p25 !== null && spread.p75 !== null && spread.p25 !== spread.p75) return `${money(spread.p25)}–${money(spread.p75)} a year`;
  return `${money(spread.median)} a year`;
}

const regionNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(undefined, { type: 'region' }) : null;

/** "CO" → "Colombia" (the code itself when the browser does not know it). */
export function countryName(code: string): string {
  try {
    return regionNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Top locations, most common first: "Colombia 62%, Mexico 20%". */
export function formatLocations(profile: SegmentProfile, limit = 3): string {
  const parts = profile.topCountries.slice(0, limit).map((c) => `${countryName(c.countryCode)} ${formatShare(c.share)}`);
  return parts.length ? parts.join(', ') : 'Unknown';
}

/** Milliseconds as "850 ms" or "12.3 s". */
export function formatDuration(ms: number | undefined): string {
  if (ms === undefined) return '—';
  return ms < 1000 ? `${Math.round(ms)} ms` : `${decimal.format(ms / 1000)} s`;
}
