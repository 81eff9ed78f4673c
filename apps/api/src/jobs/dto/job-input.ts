import { ValidateIf } from 'class-validator';
import { normalizeSkill } from '../../common/text';

/** class-transformer helpers for job input lists (trim/normalizeSkill live in common/text.ts). */
type TransformArgs = { value: unknown };

/** Skill lists: each normalized (common/text.ts), no duplicates. */
export const normalizeSkills = ({ value }: TransformArgs) => (Array.isArray(value) ? [...new Set(value.map(normalizeSkill))] : value);

/** Benefits keep their wording; only surrounding space and exact duplicates go. */
export const trimList = ({ value }: TransformArgs) => (Array.isArray(value) ? [...new Set(value.map((v) => (typeof v === 'string' ? v.trim() : v)))] : value);

/** Optional, but null is not a value (the column has a default: [] or 1); unlike @IsOptional(), which lets null through. */
export const IsOptionalNotNull = () => ValidateIf((_: object, value: unknown) => value !== undefined);
