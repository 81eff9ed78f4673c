import { normalizeSkill, trim } from './text';

describe('shared text normalization', () => {
  it('trims strings and leaves other values to the validators', () => {
    expect(trim({ value: '  Berlin \n' })).toBe('Berlin');
    expect(trim({ value: 42 })).toBe(42);
    expect(trim({ value: null })).toBeNull();
  });

  it('normalizes a skill to lowercase with single spaces', () => {
    expect(normalizeSkill('  Machine\t  LEARNING ')).toBe('machine learning');
    expect(normalizeSkill(7)).toBe(7);
  });
});
