import { NAME_MAX, storableNames } from './segment-names';

describe('storableNames', () => {
  it('keeps distinct names as they are (trimmed)', () => {
    expect(storableNames([' Java engineers ', 'Nurses'])).toEqual(['Java engineers', 'Nurses']);
  });

  it('numbers names that clash without regard to case', () => {
    expect(storableNames(['Sales', 'sales', 'SALES', 'Sales (2)'])).toEqual(['Sales', 'sales (2)', 'SALES (3)', 'Sales (2) (2)']);
  });

  it('fits the column, suffix included, and names the nameless', () => {
    const long = 'x'.repeat(200);
    const [a, b] = storableNames([long, long]);
    expect(a).toHaveLength(NAME_MAX);
    expect(b).toHaveLength(NAME_MAX);
    expect(b.endsWith(' (2)')).toBe(true);
    expect(storableNames(['  '])).toEqual(['Segment']);
  });
});
