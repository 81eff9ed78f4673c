import { describe, expect, it } from 'vitest';
import type { BreakdownRow } from '../../api/hooks/performance';
import { rankByCostPerApplicant } from './ranking';
import { breakdownRow } from './testFixtures';

function row(key: string, spendMinor: number, applications: number): BreakdownRow {
  return breakdownRow(key, `Campaign ${key}`, { spendMinor, applications, impressions: 1000, reach: 800, clicks: 100 });
}

describe('rankByCostPerApplicant', () => {
  const rows = [row('a', 10_000, 10), row('b', 10_000, 2), row('c', 5_000, 0), row('d', 2_000, 4), row('e', 0, 0), row('f', 90_000, 3)];

  it('lists the cheapest applicants first, and only campaigns with applicants', () => {
    const { best } = rankByCostPerApplicant(rows, 3);
    expect(best.map((r) => [r.row.key, r.effectiveMinor])).toEqual([
      ['d', 500],
      ['a', 1000],
      ['b', 5000],
    ]);
  });

  it('lists the most expensive last ones worst-first, counting spend without applicants in full, never repeating best', () => {
    const { worst } = rankByCostPerApplicant(rows, 3);
    expect(worst.map((r) => [r.row.key, r.effectiveMinor, r.noApplicants])).toEqual([
      ['f', 30_000, false],
      ['c', 5_000, true],
    ]);
  });

  it('ignores campaigns that spent nothing', () => {
    const { best, worst } = rankByCostPerApplicant([row('e', 0, 0)]);
    expect(best).toEqual([]);
    expect(worst).toEqual([]);
  });
});
