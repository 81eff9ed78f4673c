/**
 * Text normalization shared by request DTOs (class-transformer `@Transform`) and by the candidate
 * and job rules, so a skill typed in a job, a candidate or a list filter matches the same way.
 */
type TransformArgs = { value: unknown };

/** `@Transform(trim)`: surrounding space goes; anything that is not a string is left for the validators. */
export const trim = ({ value }: TransformArgs) => (typeof value === 'string' ? value.trim() : value);

/** Skills are matched by the `skill` filters and by segmentation: lowercase, single spaces. */
export const normalizeSkill = (value: unknown) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ').toLowerCase() : value);
