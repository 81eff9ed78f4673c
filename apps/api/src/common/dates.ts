import { registerDecorator, ValidationOptions } from 'class-validator';

/**
 * Date rules shared by query parameters and keyset cursors. Both JS and PostgreSQL accept years
 * 0001-9999 in ISO form, but they disagree outside it (year 0, "+275760-…", 9999999), which is
 * where a forged value used to become a database error and a 500.
 */
const ISO_DAY = /^(?!0000)\d{4}-\d{2}-\d{2}$/;
const ISO_TIMESTAMP = /^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** Rejects 2026-02-30 and the like, which Date would roll over into March. */
function isRealDate(iso: string): boolean {
  const time = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === iso.slice(0, 10);
}

/** `Date#toISOString()` output with a four-digit year (what cursors store). */
export const isIsoTimestamp = (value: unknown): value is string => typeof value === 'string' && ISO_TIMESTAMP.test(value) && isRealDate(value);

/** A real calendar day YYYY-MM-DD with a four-digit year. */
export const isIsoDay = (value: unknown): value is string => typeof value === 'string' && ISO_DAY.test(value) && isRealDate(value);

/**
 * Report days: ranges, previous periods and "day after" arithmetic around them must stay inside
 * four-digit years, so a day is refused far before those edges (nothing is reported before 1970).
 */
export const REPORT_DAYS = { min: '1970-01-01', max: '2999-12-31' } as const;

export const isReportDay = (value: unknown): value is string => isIsoDay(value) && value >= REPORT_DAYS.min && value <= REPORT_DAYS.max;

/** Query parameter holding a report day (`?from=2026-11-01`). */
export function IsReportDay(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isReportDay', target: target.constructor, propertyName: propertyName as string,
      options: { message: `must be a date YYYY-MM-DD between ${REPORT_DAYS.min} and ${REPORT_DAYS.max}`, ...options },
      validator: { validate: isReportDay },
    });
}
