import { findHostileInput, MAX_INPUT_DEPTH, textProblem } from './hostile-input';

const nest = (depth: number, leaf: unknown = 1): unknown => (depth === 0 ? leaf : { a: nest(depth - 1, leaf) });

describe('findHostileInput: the edge check before class-transformer', () => {
  it('accepts ordinary input, including emoji (well-formed surrogate pairs)', () => {
    expect(findHostileInput({ name: 'Ana 🚀', tags: ['a', 'b'], location: { city: 'Bogotá' }, n: 3, ok: true, none: null })).toEqual([]);
    expect(findHostileInput(nest(MAX_INPUT_DEPTH - 1))).toEqual([]);
  });

  it('names a NUL or an unpaired surrogate by its dotted path', () => {
    expect(findHostileInput({ location: { city: 'x\u0000' }, tags: ['ok', 'b\ud800'] })).toEqual([
      { field: 'location.city', message: 'must not contain NUL characters' },
      { field: 'tags.1', message: 'must not contain unpaired UTF-16 surrogates' },
    ]);
    expect(findHostileInput('a\udc00b', 'q')).toEqual([{ field: 'q', message: 'must not contain unpaired UTF-16 surrogates' }]);
  });

  it('refuses hostile keys without echoing their characters', () => {
    expect(findHostileInput({ ['k\u0000']: 1 })).toEqual([{ field: 'k\uFFFD', message: 'name must not contain NUL characters' }]);
  });

  it('caps nesting and names the top-level field holding the deep value, without recursing further', () => {
    expect(findHostileInput({ password: nest(5000) })).toEqual([{ field: 'password', message: `nests deeper than ${MAX_INPUT_DEPTH} levels` }]);
    let deepArray: unknown = [];
    for (let i = 0; i < 100_000; i++) deepArray = [deepArray];
    expect(findHostileInput(deepArray)).toEqual([{ field: 'body', message: `nests deeper than ${MAX_INPUT_DEPTH} levels` }]);
  });

  it('reports at most ten problems however large the input', () => {
    expect(findHostileInput(Array.from({ length: 10_000 }, () => '\u0000'))).toHaveLength(10);
  });

  it('textProblem tells surrogate pairs from lone surrogates', () => {
    expect(textProblem('\ud83d\ude80')).toBeUndefined();
    expect(textProblem('\ude80\ud83d')).toBe('must not contain unpaired UTF-16 surrogates');
  });
});
