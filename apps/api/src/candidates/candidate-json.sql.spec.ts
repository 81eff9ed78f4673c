import { decodeCursor } from '../common/pagination';
import { candidatePageJson } from './candidate-json.sql';

const row = (n: number) => ({ json: JSON.stringify({ id: `id-${n}`, fullName: `Name "${n}"` }), sortValue: `2026-01-0${n}T00:00:00.000Z`, id: `id-${n}` });

describe('candidatePageJson', () => {
  it('passes the rows through as the page, the extra row only telling that there is more', () => {
    const body = JSON.parse(candidatePageJson([row(1), row(2), row(3)], 2, '-createdAt'));
    expect(body.items).toEqual([{ id: 'id-1', fullName: 'Name "1"' }, { id: 'id-2', fullName: 'Name "2"' }]);
    expect(decodeCursor(body.nextCursor, [{ equals: '-createdAt' }, 'timestamp', 'text'])).toEqual(['-createdAt', '2026-01-02T00:00:00.000Z', 'id-2']);
  });

  it('has no cursor on the last page, and an empty page is valid JSON', () => {
    expect(JSON.parse(candidatePageJson([row(1)], 2, 'fullName'))).toEqual({ items: [{ id: 'id-1', fullName: 'Name "1"' }], nextCursor: null });
    expect(JSON.parse(candidatePageJson([], 50, 'fullName'))).toEqual({ items: [], nextCursor: null });
  });
});
