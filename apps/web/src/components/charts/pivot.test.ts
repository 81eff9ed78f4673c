import { describe, expect, it } from 'vitest';
import { eachDay, pivotSeries } from './pivot';

describe('eachDay', () => {
  it('lists every UTC day inclusive, across month and year ends', () => {
    expect(eachDay({ from: '2026-12-30', to: '2027-01-02' })).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(eachDay({ from: '2028-02-28', to: '2028-03-01' })).toEqual(['2028-02-28', '2028-02-29', '2028-03-01']);
    expect(eachDay({ from: '2026-11-05', to: '2026-11-05' })).toEqual(['2026-11-05']);
    expect(eachDay({ from: '2026-11-06', to: '2026-11-05' })).toEqual([]);
  });
});

describe('pivotSeries', () => {
  const range = { from: '2026-11-01', to: '2026-11-04' };

  it('turns long rows into one entry per day with a value per group, filling missing days with 0', () => {
    const pivot = pivotSeries(
      [
        { date: '2026-11-01', key: 'meta', label: 'meta', value: 100 },
        { date: '2026-11-01', key: 'google', label: 'google', value: 50 },
        { date: '2026-11-03', key: 'meta', label: 'meta', value: 25 },
      ],
      range,
    );
    expect(pivot.series).toEqual([
      { key: 'meta', label: 'meta', total: 125 },
      { key: 'google', label: 'google', total: 50 },
    ]);
    expect(pivot.days).toEqual([
      { date: '2026-11-01', values: { meta: 100, google: 50 }, total: 150 },
      { date: '2026-11-02', values: { meta: 0, google: 0 }, total: 0 },
      { date: '2026-11-03', values: { meta: 25, google: 0 }, total: 25 },
      { date: '2026-11-04', values: { meta: 0, google: 0 }, total: 0 },
    ]);
    expect(pivot.total).toBe(175);
  });

  it('ignores rows outside the range and adds up repeated (date, key) rows', () => {
    const pivot = pivotSeries(
      [
        { date: '2026-10-31', key: 'meta', label: 'meta', value: 999 },
        { date: '2026-11-02', key: 'meta', label: 'meta', value: 1 },
        { date: '2026-11-02', key: 'meta', label: 'meta', value: 2 },
        { date: '2026-11-05', key: 'google', label: 'google', value: 999 },
      ],
      range,
    );
    expect(pivot.series.map((s) => s.key)).toEqual(['meta']);
    expect(pivot.days.map((d) => d.values.meta)).toEqual([0, 3, 0, 0]);
    expect(pivot.total).toBe(3);
  });

  it('orders series by total, then by label, and keeps every day when there is no data', () => {
    const pivot = pivotSeries(
      [
        { date: '2026-11-01', key: 'b', label: 'Beta', value: 5 },
        { date: '2026-11-01', key: 'a', label: 'Alpha', value: 5 },
        { date: '2026-11-02', key: 'c', label: 'Gamma', value: 9 },
      ],
      range,
    );
    expect(pivot.series.map((s) => s.label)).toEqual(['Gamma', 'Alpha', 'Beta']);
    expect(pivotSeries([], range).days).toHaveLength(4);
  });
});
