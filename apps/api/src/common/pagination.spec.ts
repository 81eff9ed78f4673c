import { HttpException } from '@nestjs/common';
import { decodeCursor, encodeCursor, INVALID_CURSOR } from './pagination';

const ID = '3f2a6c1e-8b4d-4c2a-9e1f-0a1b2c3d4e5f';
const forged = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');

function refusal(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return (error as HttpException).getResponse();
  }
  throw new Error('the cursor was accepted');
}

describe('decodeCursor: one validation for every keyset list', () => {
  it('gives back the values of a cursor the list wrote', () => {
    const at = new Date('2026-11-30T10:20:30.456Z').toISOString();
    expect(decodeCursor(encodeCursor([at, ID]), ['timestamp', 'uuid'])).toEqual([at, ID]);
    expect(decodeCursor(encodeCursor(['-createdAt', 7, ID]), [{ equals: '-createdAt' }, 'int', 'uuid'])).toEqual(['-createdAt', 7, ID]);
    expect(decodeCursor(encodeCursor(['infinity']), ['dateOrInfinity'])).toEqual(['infinity']);
    expect(decodeCursor(encodeCursor(['2026-02-28']), ['dateOrInfinity'])).toEqual(['2026-02-28']);
    expect(decodeCursor(encodeCursor(['123456789012']), ['serial'])).toEqual(['123456789012']);
    expect(decodeCursor(encodeCursor([0.25, ID]), ['number', 'uuid'])).toEqual([0.25, ID]);
    expect(decodeCursor(undefined, ['uuid'])).toBeUndefined();
    expect(decodeCursor('', ['uuid'])).toBeUndefined();
  });

  it.each([
    ['not base64 JSON', 'garbage!!', ['uuid']],
    ['wrong arity', forged([ID, ID]), ['uuid']],
    ['not an array', forged({ id: ID }), ['uuid']],
    ['year 9999999', forged(['9999999-01-01T00:00:00.000Z', ID]), ['timestamp', 'uuid']],
    ['year 0000', forged(['0000-12-31T00:00:00.000Z', ID]), ['timestamp', 'uuid']],
    ['JS extended year', forged(['+275760-09-13T00:00:00.000Z', ID]), ['timestamp', 'uuid']],
    ['a day that does not exist', forged(['2026-02-30T00:00:00.000Z', ID]), ['timestamp', 'uuid']],
    ['a free-form date', forged(['Tuesday', ID]), ['timestamp', 'uuid']],
    ['a bad day', forged(['2026-13-01']), ['dateOrInfinity']],
    ['a NUL in a text value', forged(['a\u0000b', ID]), ['text', 'uuid']],
    ['a lone surrogate in a text value', forged(['\ud800', ID]), ['text', 'uuid']],
    ['a malformed uuid', forged(['2026-01-01T00:00:00.000Z', 'x']), ['timestamp', 'uuid']],
    ['a fractional int', forged([1.5]), ['int']],
    ['a non-numeric serial', forged(['1 OR 1=1']), ['serial']],
    ['Infinity as number', 'WzFlOTk5XQ', ['number']],
    ['another sort', forged(['title', 'x', ID]), [{ equals: '-createdAt' }, 'text', 'uuid']],
  ] as const)('refuses %s with one message naming the cursor', (_label, cursor, parts) => {
    expect(refusal(() => decodeCursor(cursor, parts))).toMatchObject({ status: 400, errors: [{ field: 'cursor', message: INVALID_CURSOR }] });
  });
});
