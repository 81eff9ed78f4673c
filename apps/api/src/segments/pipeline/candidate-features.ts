import type { CandidateFeatures, EducationLevel, EmploymentType, SeekingStatus } from '@adflux/segmentation';

/** Skills travel as one string joined by this separator: splitting is much cheaper than pg's array parser. */
const SKILL_SEPARATOR = '\x1f';

/**
 * The candidate columns segmentation reads, in the order `toCandidateFeatures` expects them
 * (query with `rowMode: 'array'`, or COPY text fields). `c` is the candidates table alias.
 */
export const FEATURE_COLUMNS_SQL = `c.id, c.years_experience, c.desired_salary, c.desired_salary_currency, c.education_level,
  c.seeking_status, c.preferred_employment_type, c.country_code, c.region, array_to_string(c.skills, E'\\x1f')`;

export type FeatureRow = [
  id: string,
  yearsExperience: number | string | null,
  desiredSalary: string | number | null,
  currency: string | null,
  educationLevel: string | null,
  seekingStatus: string | null,
  employmentType: string | null,
  countryCode: string | null,
  region: string | null,
  skills: string | null,
];

/**
 * Keeps one copy of each repeated value: a million candidates share a few hundred countries,
 * regions, skills and enum values, and about a tenth as many distinct skill lists as people
 * (measured: 101k lists for 1M generated candidates). Stored copies are flattened, so they never
 * pin the large network chunk a parsed field may be a slice of.
 */
export class StringInterner {
  private readonly values = new Map<string, string>();
  private readonly lists = new Map<string, readonly string[]>();

  get size(): number {
    return this.values.size;
  }

  intern<T extends string | null>(value: T): T {
    if (value === null) return value;
    const known = this.values.get(value);
    if (known !== undefined) return known as T;
    const own = flatten(value);
    this.values.set(own, own);
    return own as T;
  }

  /** One shared array per distinct joined skill list (the library never mutates them). */
  skillList(joined: string): string[] {
    const known = this.lists.get(joined);
    if (known !== undefined) return known as string[];
    const parts = joined.split(SKILL_SEPARATOR);
    for (let i = 0; i < parts.length; i++) parts[i] = this.intern(parts[i]);
    this.lists.set(flatten(joined), parts);
    return parts;
  }
}

/** A copy of `value` that does not share memory with the string it was cut from. */
function flatten(value: string): string {
  return (' ' + value).slice(1);
}

const NO_SKILLS: string[] = [];

/**
 * One database row → the library's input record. `id` defaults to the row's; bulk loads pass ''
 * and keep ids packed on the side (the pipeline never reads them).
 */
export function toCandidateFeatures(row: FeatureRow, strings: StringInterner, id: string = row[0]): CandidateFeatures {
  const skills = row[9];
  const salary = row[2];
  return {
    id,
    yearsExperience: row[1] === null ? null : Number(row[1]),
    desiredSalary: salary === null ? null : Number(salary),
    desiredSalaryCurrency: strings.intern(row[3]),
    educationLevel: strings.intern(row[4]) as EducationLevel | null,
    seekingStatus: strings.intern(row[5]) as SeekingStatus | null,
    preferredEmploymentType: strings.intern(row[6]) as EmploymentType | null,
    countryCode: strings.intern(row[7]),
    region: strings.intern(row[8]),
    skills: skills === null || skills === '' ? NO_SKILLS : strings.skillList(skills),
  };
}

const UUID_LENGTH = 36;
const IDS_PER_BLOCK = 1 << 16;

/**
 * A million uuids as 36-byte ASCII in fixed blocks (36 MB) instead of a million strings
 * (~60 MB, or far more when each is a slice that pins the network chunk it came from).
 */
export class PackedIds {
  private readonly blocks: Buffer[] = [];
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(id: string): void {
    const block = this.count >>> 16;
    if (block === this.blocks.length) this.blocks.push(Buffer.allocUnsafe(IDS_PER_BLOCK * UUID_LENGTH));
    const written = this.blocks[block]!.write(id, (this.count & (IDS_PER_BLOCK - 1)) * UUID_LENGTH, UUID_LENGTH, 'latin1');
    if (written !== UUID_LENGTH || id.length !== UUID_LENGTH) throw new Error(`Not a uuid: ${id}`);
    this.count++;
  }

  get(index: number): string {
    const offset = (index & (IDS_PER_BLOCK - 1)) * UUID_LENGTH;
    return this.blocks[index >>> 16]!.toString('latin1', offset, offset + UUID_LENGTH);
  }
}

/** The array itself while it has room past `count`, else a copy twice its length. */
function withRoom<A extends Float64Array | Int16Array | Uint32Array>(values: A, count: number, make: (length: number) => A): A {
  if (count < values.length) return values;
  const grown = make(values.length * 2);
  grown.set(values);
  return grown;
}

/**
 * Epoch milliseconds, 8 bytes a candidate in one growing Float64Array (candidates' created_at and
 * updated_at, which a run's assignments keep as the candidates list's sort keys).
 */
export class PackedMillis {
  private values = new Float64Array(1 << 16);
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(ms: number): void {
    if (!Number.isFinite(ms)) throw new Error(`Not a time: ${ms}`);
    this.values = withRoom(this.values, this.count, (n) => new Float64Array(n));
    this.values[this.count++] = ms;
  }

  get(index: number): number {
    return this.values[index]!;
  }
}

/** Years of experience (0–70 or null), 2 bytes a candidate. */
export class PackedYears {
  private values = new Int16Array(1 << 16);
  private count = 0;

  push(years: number | null): void {
    this.values = withRoom(this.values, this.count, (n) => new Int16Array(n));
    this.values[this.count++] = years ?? -1;
  }

  get(index: number): number | null {
    const years = this.values[index]!;
    return years < 0 ? null : years;
  }
}

/** Strings as UTF-8 in one growing buffer with end offsets: ~20 MB for a million names, against ~50 MB as strings. */
export class PackedStrings {
  private bytes = Buffer.allocUnsafe(1 << 20);
  private ends = new Uint32Array(1 << 16);
  private used = 0;
  private count = 0;

  push(text: string): void {
    const size = Buffer.byteLength(text);
    if (this.used + size > this.bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.used + size));
      this.bytes.copy(grown, 0, 0, this.used);
      this.bytes = grown;
    }
    this.used += this.bytes.write(text, this.used);
    this.ends = withRoom(this.ends, this.count, (n) => new Uint32Array(n));
    this.ends[this.count++] = this.used;
  }

  get(index: number): string {
    return this.bytes.toString('utf8', index === 0 ? 0 : this.ends[index - 1], this.ends[index]);
  }
}

/**
 * The pool in load order: packed ids and the candidates list's sort keys, which a run's
 * assignments keep; `readAt` is when the read's transaction began (its snapshot came just after).
 */
export interface PoolKeys {
  ids: PackedIds;
  createdAt: PackedMillis;
  updatedAt: PackedMillis;
  fullName: PackedStrings;
  yearsExperience: PackedYears;
  readAt: Date;
}
