import { ValidateIf } from 'class-validator';

/** class-transformer helpers for job input: trimmed text, normalized skill and benefit lists. */
type TransformArgs = { value: unknown };

export const trim = ({ value }: TransformArgs) => (typeof value === 'string' ? value.trim() : value);

/** Skills are matched by the `skill` filter and by segmentation: lowercase, single spaces, no duplicates. */
export const normalizeSkill = (value: unknown) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ').toLowerCase() : value);

export const normalizeSkills = ({ value }: TransformArgs) => (Array.isArray(value) ? [...new Set(value.map(normalizeSkill))] : value);

/** Benefits keep their wording; only surrounding space and exact duplicates go. */
export const trimList = ({ value }: TransformArgs) => (Array.isArray(value) ? [...new Set(value.map((v) => (typeof v === 'string' ? v.trim() : v)))] : value);

/** Optional, but null is not a value (the column has a default: [] or 1); unlike @IsOptional(), which lets null through. */
export const IsOptionalNotNull = () => ValidateIf((_: object, value: unknown) => value !== undefined);
