import { maxLengthOfPattern } from './pattern-length';

describe('maxLengthOfPattern', () => {
  it.each([
    ['^[a-z_.]{1,64}$', 64],
    ['^\\d{4}-\\d{2}-\\d{2}$', 10],
    ['^\\d{1,20}$', 20],
    ['^[A-Z]{3}$', 3],
    ['^act_\\d{1,20}$', 24],
    ['^[\\]a]?x$', 2],
    ['^(act_)?\\d{1,20}$', 24],
    ['^(?:ab){2}c$', 5],
  ])('%s matches at most %i characters', (pattern, max) => {
    expect(maxLengthOfPattern(pattern)).toBe(max);
  });

  it.each(['^a+$', '^a*$', '^a{2,}$', '^(ab)+$', '^(a|b)$', '^(ab$', 'abc$', '^abc'])('gives up on %s', (pattern) => {
    expect(maxLengthOfPattern(pattern)).toBeUndefined();
  });
});
