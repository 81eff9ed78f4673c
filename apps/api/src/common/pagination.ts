import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { isIsoDay, isIsoTimestamp } from './dates';
import { textProblem } from './hostile-input';
import { fieldProblem } from './problem';

/** `?format=csv` exports any table view as CSV (see CsvInterceptor). */
export class FormatQuery {
  @ApiPropertyOptional({ enum: ['json', 'csv'], description: 'csv exports this table (same as Accept: text/csv)' })
  @IsOptional() @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

export class PageQuery extends FormatQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page' })
  @IsOptional() @IsString() @MaxLength(500)
  cursor?: string;
}

/** Keyset cursors are opaque base64url JSON of the last row's sort key values. */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What one position of a cursor holds. Every list declares its cursor with these, so a forged or
 * stale cursor is refused by one check with one message before it reaches SQL (where a NUL, a
 * year 9999999 or a malformed uuid would be a 500).
 */
const CURSOR_KINDS = {
  /** `Date#toISOString()` output, years 0001-9999 (what PostgreSQL and JS both accept). */
  timestamp: isIsoTimestamp,
  /** A calendar day YYYY-MM-DD, or 'infinity' (how lists sort a missing date last). */
  dateOrInfinity: (v: unknown): v is string => v === 'infinity' || isIsoDay(v),
  uuid: (v: unknown): v is string => typeof v === 'string' && UUID.test(v),
  /** A bigint serial id (TypeORM hands bigint columns over as strings). */
  serial: (v: unknown): v is string => typeof v === 'string' && /^\d{1,18}$/.test(v),
  int: (v: unknown): v is number => Number.isSafeInteger(v),
  number: (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v),
  text: (v: unknown): v is string => typeof v === 'string' && v.length <= 1000 && textProblem(v) === undefined,
} as const;

export type CursorKind = keyof typeof CURSOR_KINDS;
/** A kind, or `{ equals }` for a constant the cursor must repeat (e.g. the sort it was made for). */
export type CursorPart = CursorKind | { equals: string };
type CursorValue<P> = P extends CursorKind ? (typeof CURSOR_KINDS)[P] extends (v: unknown) => v is infer T ? T : never : string;
export type CursorValues<P extends readonly CursorPart[]> = { -readonly [K in keyof P]: CursorValue<P[K]> };

export const INVALID_CURSOR = 'is not a valid cursor for this list and sort order';

/** The cursor's values, checked against `parts`; undefined for the first page; 400 naming `cursor` otherwise. */
export function decodeCursor<const P extends readonly CursorPart[]>(cursor: string | undefined, parts: P): CursorValues<P> | undefined {
  if (!cursor) return undefined;
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    /* refused below */
  }
  const valid = Array.isArray(values) && values.length === parts.length && parts.every((part, i) => matches(part, (values as unknown[])[i]));
  if (!valid) throw fieldProblem(400, 'cursor', INVALID_CURSOR);
  return values as CursorValues<P>;
}

const matches = (part: CursorPart, value: unknown) => (typeof part === 'string' ? CURSOR_KINDS[part](value) : value === part.equals);

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Builds `{ items, nextCursor }` from rows fetched with limit + 1. */
export function toPage<R, T>(rows: R[], limit: number, map: (row: R) => T, cursorOf: (row: R) => unknown[]): Page<T> {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  return { items: pageRows.map(map), nextCursor: hasMore && last ? encodeCursor(cursorOf(last)) : null };
}

/** Swagger needs a concrete class per page type. */
export function PageOf<T>(item: new () => T) {
  class PageDto {
    @ApiProperty({ type: [item] }) items: T[];
    @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
  }
  Object.defineProperty(PageDto, 'name', { value: `${item.name.replace(/Dto$/, '')}PageDto` });
  return PageDto;
}
