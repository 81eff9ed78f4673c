import { AUDITED_ATTRIBUTES, encodeGroups } from './attributes';
import type { Demographics } from './attributes';
import { auditCounts, auditSegments, auditSelection } from './audit';

/** n candidates: `young` of them 18-24, the rest 45-54; gender alternates. */
function pool(young: number, old: number): Array<Demographics | null> {
  const rows: Array<Demographics | null> = [];
  for (let i = 0; i < young + old; i++) rows.push({ ageBand: i < young ? '18-24' : '45-54', gender: i % 2 ? 'woman' : 'man', disability: null, veteran: 'prefer_not_to_say' });
  return rows;
}

describe('auditSelection', () => {
  it('flags a selection that reaches one age band far less than another', () => {
    const codes = encodeGroups(pool(200, 200));
    // 75 % of the young, 15 % of the old, picked in (man, woman) pairs so gender stays balanced.
    const selected = Array.from({ length: 400 }, (_, i) => ((i < 200 ? Math.floor(i / 2) % 4 !== 3 : Math.floor(i / 2) % 20 < 3) ? 1 : 0));
    const audit = auditSelection(codes, selected);
    const age = audit.attributes.find((a) => a.attribute === 'ageBand')!;
    expect(age.status).toBe('flagged');
    expect(age.ratio).toBeLessThan(0.8);
    expect(age.lowestGroup).toBe('45-54');
    expect(age.highestGroup).toBe('18-24');
    expect(age.pValue).toBeLessThan(0.01);
    expect(age.groups.find((g) => g.group === '18-24')!.selectionRate).toBeCloseTo(0.75, 2);
    expect(audit.flags).toEqual(['may act as a proxy for age band']);
    expect(audit.attributes.find((a) => a.attribute === 'gender')!.status).toBe('ok');
  });

  it('does not flag equal selection rates', () => {
    const codes = encodeGroups(pool(200, 200));
    const audit = auditSelection(codes, Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 1 : 0)));
    expect(audit.flags).toEqual([]);
    expect(audit.attributes.find((a) => a.attribute === 'ageBand')!.ratio).toBeGreaterThan(0.9);
  });

  it('needs significance as well as a low ratio', () => {
    // 40 young / 40 old, 8 vs 5 selected: ratio 0.63 but far from significant.
    const codes = encodeGroups(pool(40, 40));
    const selected = Array.from({ length: 80 }, (_, i) => ((i < 40 && i < 8) || (i >= 40 && i < 45) ? 1 : 0));
    const age = auditSelection(codes, selected, { minExpected: 1 }).attributes.find((a) => a.attribute === 'ageBand')!;
    expect(age.ratio).toBeCloseTo(5 / 8, 5);
    expect(age.status).toBe('ok');
    expect(age.reason).toMatch(/not significant/);
  });

  it('does not judge groups below the minimum size, and says so', () => {
    const codes = encodeGroups(pool(20, 20));
    const selected = Array.from({ length: 40 }, (_, i) => (i < 20 ? 1 : 0)); // every young, no old
    const age = auditSelection(codes, selected).attributes.find((a) => a.attribute === 'ageBand')!;
    expect(age.status).toBe('insufficient_data');
    expect(age.reason).toMatch(/at least 30 declared/);
    expect(auditSelection(codes, selected).flags).toEqual([]);
  });

  it('never counts declined or missing values', () => {
    const codes = encodeGroups(pool(50, 50));
    const audit = auditSelection(codes, new Array(100).fill(1));
    expect(audit.attributes.find((a) => a.attribute === 'veteran')!.declaredInPool).toBe(0);
    expect(audit.attributes.find((a) => a.attribute === 'disability')!.status).toBe('insufficient_data');
  });
});

describe('auditSegments', () => {
  it('audits each segment and counts the flagged ones', () => {
    const codes = encodeGroups(pool(300, 300));
    const labels = Array.from({ length: 600 }, (_, i) => (i < 300 ? (i % 5 === 0 ? 1 : 0) : (i % 5 === 0 ? 0 : 1)));
    const audit = auditSegments(codes, labels, 2);
    expect(audit.segments).toHaveLength(2);
    expect(audit.flaggedSegments).toBe(2);
    expect(audit.pool.declared.ageBand).toBe(600);
    expect(audit.thresholds.minGroupSize).toBe(30);
    expect(Object.keys(audit.pool.declared)).toEqual([...AUDITED_ATTRIBUTES]);
  });
});

describe('auditCounts', () => {
  it('judges counts exactly as auditSelection judges the rows they come from', () => {
    const rows = pool(200, 200);
    const selected = Array.from({ length: 400 }, (_, i) => ((i < 200 ? Math.floor(i / 2) % 2 === 0 : Math.floor(i / 2) % 9 === 0) ? 1 : 0));
    const codes = encodeGroups(rows);
    const counts = Object.fromEntries(AUDITED_ATTRIBUTES.map((a) => {
      const groups = { ageBand: 6, gender: 4, disability: 2, veteran: 2 }[a];
      const c = { pool: new Array<number>(groups).fill(0), selected: new Array<number>(groups).fill(0) };
      codes[a].forEach((g, i) => { if (g >= 0) { c.pool[g]++; if (selected[i]) c.selected[g]++; } });
      return [a, c];
    })) as Parameters<typeof auditCounts>[0];
    expect(auditCounts(counts)).toEqual(auditSelection(codes, selected));
    expect(auditCounts(counts).flags).toEqual(['may act as a proxy for age band']);
  });
});
