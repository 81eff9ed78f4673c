// The fitted encoder is plain JSON: it is stored with a segmentation run and reused to encode
// new candidates exactly as the training rows were encoded.
import type { FeatureGroup } from '../types';

export interface CurrencyRates {
  /** Currency every salary is converted to (ISO 4217 code); null when no salary could be read. */
  base: string | null;
  /** Value of one unit of each currency in the base currency, e.g. `{ EUR: 1.08, COP: 0.00025 }`. */
  rates: Record<string, number>;
}

export interface EncoderOptions {
  /** Feature groups to include (default: all of them). */
  features?: FeatureGroup[];
  /**
   * Rate table for salaries. A salary with a null currency is taken to be in `base`; a salary in a
   * currency missing from the table counts as missing. Without a table, the most frequent currency
   * becomes the base and salaries in other currencies count as missing.
   */
  currency?: { base: string; rates: Record<string, number> };
  /** Countries with their own column (default 10); the rest share an "other" column. */
  topCountries?: number;
  /**
   * Country/region pairs with their own column (default 0: within a country, regions mostly add
   * noise and width; profiles still list each segment's top regions).
   */
  topRegions?: number;
  /** Most frequent skills that get a column (default 30). */
  topSkills?: number;
  /**
   * Relative weight of each group (default 2 for skills, 1 for the others). Every group is scaled
   * to a total variance of weight², so its influence does not grow with its number of columns.
   * 0 drops the group.
   */
  weights?: Partial<Record<FeatureGroup, number>>;
  /** The encoder is fitted on at most this many rows (default 200 000), sampled with `seed`. */
  fitSampleSize?: number;
  seed?: number;
}

export type ColumnKind = 'numeric' | 'indicator';

export interface EncodedColumn {
  group: FeatureGroup;
  /** Self-describing name, e.g. `experience:years`, `skills:=java`, `location:country(other)`. */
  name: string;
  kind: ColumnKind;
}

export interface FittedEncoder {
  version: 1;
  features: FeatureGroup[];
  vocabulary: {
    /** Upper-case ISO country codes with their own column. */
    countries: string[];
    /** `CC/region` keys (region lower-cased) with their own column. */
    regions: string[];
    /** Normalised (trimmed, lower-cased) skills with their own column. */
    skills: string[];
  };
  /** Values used for missing numbers (medians of the fit rows); salary is on the log scale. */
  impute: { yearsExperience: number; logSalary: number; educationLevel: number };
  currency: CurrencyRates;
  weights: Record<FeatureGroup, number>;
  /** Output columns, in matrix order. Constant columns of the fit rows are left out. */
  columns: EncodedColumn[];
  /** encoded = (raw − mean) / scale, column by column. */
  means: number[];
  scales: number[];
  /**
   * 'neutral': a candidate who lists no skill sits at the average of every skill column (only the
   * `skills:(none)` flag is set), so "skills unknown" does not pull people into one segment.
   * Absent in encoders fitted before it existed, which keep encoding such rows as "has none of
   * the skills" (stored models place candidates exactly as when they were trained).
   */
  noSkills?: 'neutral';
}

/** A row-major n × d matrix in one typed array. */
export interface EncodedMatrix {
  matrix: Float64Array;
  n: number;
  d: number;
}
