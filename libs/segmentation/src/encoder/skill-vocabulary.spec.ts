import { SkillTally, chooseSkillColumns } from './skill-vocabulary';

/** `n` rows listing each of `skills`. */
function tally(groups: Array<[number, string[]]>): SkillTally {
  const t = new SkillTally();
  for (const [n, skills] of groups) for (let i = 0; i < n; i++) t.addRow(skills);
  return t;
}

describe('chooseSkillColumns', () => {
  it('gives a small family a column before a big family gets its third', () => {
    // 30 nurses list three skills each, 10 backend engineers list node.js: by frequency alone
    // all three columns go to nursing. Once one column describes the nurses, a second one is
    // worth ¼ per nurse (7.5 in all) against 1 per engineer (10).
    const t = tally([[30, ['nursing', 'patient care', 'first aid']], [10, ['node.js']]]);
    expect(chooseSkillColumns(t, 3, 2)).toEqual(['first aid', 'node.js', 'nursing']);
  });

  it('takes the most frequent skill first and respects the limit', () => {
    const t = tally([[50, ['excel', 'sql']], [30, ['excel']], [20, ['java']]]);
    const columns = chooseSkillColumns(t, 2, 1);
    expect(columns[0]).toBe('excel');
    expect(columns).toHaveLength(2);
  });

  it('leaves out skills below the minimum count, even with the limit unmet', () => {
    const t = tally([[5, ['java']], [1, ['typo']]]);
    expect(chooseSkillColumns(t, 10, 2)).toEqual(['java']);
  });

  it('breaks ties by frequency, then alphabetically (deterministic)', () => {
    const t = tally([[10, ['b']], [10, ['a']], [10, ['c']]]);
    expect(chooseSkillColumns(t, 3, 1)).toEqual(['a', 'b', 'c']);
  });

  it('handles rows without skills and an empty tally', () => {
    const t = tally([[3, []], [4, ['go']]]);
    expect(chooseSkillColumns(t, 5, 1)).toEqual(['go']);
    expect(chooseSkillColumns(new SkillTally(), 5, 1)).toEqual([]);
  });
});
