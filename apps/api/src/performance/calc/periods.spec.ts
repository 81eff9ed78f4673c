import { daysInRange, eachDay, previousPeriod } from './periods';

describe('periods', () => {
  it('previous period has the same length and ends the day before', () => {
    expect(previousPeriod({ from: '2026-11-01', to: '2026-11-30' })).toEqual({ from: '2026-10-02', to: '2026-10-31' });
    expect(daysInRange({ from: '2026-11-01', to: '2026-11-30' })).toBe(30);
  });
  it('lists each day across a month boundary', () => {
    expect(eachDay({ from: '2026-02-27', to: '2026-03-02' })).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });
});
