import { budgetPacing, PacingInput } from './pacing';

const base: PacingInput = {
  spentMinor: 0, recentSpendMinor: 0, recentDays: 7, dailyBudgetMinor: 100_00, totalBudgetMinor: null,
  startDate: '2026-11-01', endDate: '2026-11-30', today: '2026-11-15', hoursLive: 14 * 24 + 9,
};

describe('budget pacing scenarios', () => {
  it('on track: half the flight, half the budget, spending the daily budget', () => {
    const p = budgetPacing({ ...base, spentMinor: 1500_00, recentSpendMinor: 700_00 });
    expect(p.budgetMinor).toBe(3000_00);
    expect(p.elapsedDays).toBe(15);
    expect(p.projectedMinor).toBe(3000_00);
    expect(p.status).toBe('on_track');
  });

  it('underspending: delivery stalled', () => {
    const p = budgetPacing({ ...base, spentMinor: 300_00, recentSpendMinor: 70_00 });
    expect(p.projectedMinor).toBe(300_00 + 10_00 * 15);
    expect(p.status).toBe('underspending');
  });

  it('overspending against a total cap', () => {
    const p = budgetPacing({ ...base, totalBudgetMinor: 1000_00, spentMinor: 900_00, recentSpendMinor: 700_00 });
    expect(p.budgetMinor).toBe(1000_00);
    expect(p.status).toBe('overspending');
    expect(p.spentShare).toBeCloseTo(0.9);
  });

  it('not started yet', () => {
    expect(budgetPacing({ ...base, today: '2026-10-20' }).status).toBe('not_started');
  });

  it('open-ended campaigns pace against the calendar month', () => {
    const p = budgetPacing({ ...base, endDate: null, startDate: '2026-11-10', spentMinor: 600_00, recentSpendMinor: 600_00, recentDays: 6 });
    expect(p.totalDays).toBe(21);
    expect(p.elapsedDays).toBe(6);
  });

  it('published at 08:41 for a 09:00 start the same day: not started, not underspending', () => {
    const p = budgetPacing({ ...base, startDate: '2026-11-15', hoursLive: -0.3 });
    expect(p.status).toBe('not_started');
    expect(p.projectedMinor).toBe(0);
  });

  it('live for 5 hours with little spend: collecting, no verdict before a full day of data', () => {
    const p = budgetPacing({ ...base, startDate: '2026-11-15', hoursLive: 5, spentMinor: 3_00, recentSpendMinor: 3_00 });
    expect(p.status).toBe('collecting');
  });

  it('a full day later the verdict comes', () => {
    const p = budgetPacing({ ...base, startDate: '2026-11-14', hoursLive: 25, spentMinor: 3_00, recentSpendMinor: 3_00 });
    expect(p.status).toBe('underspending');
  });

  it('a two-day-old flight spending its daily budget is on track (its rate is not spread over the 7-day window)', () => {
    const p = budgetPacing({ ...base, startDate: '2026-11-14', hoursLive: 40, spentMinor: 200_00, recentSpendMinor: 200_00 });
    expect(p.elapsedDays).toBe(2);
    expect(p.projectedMinor).toBe(200_00 + 100_00 * 15);
    expect(p.status).toBe('on_track');
  });

  it('projection never exceeds the daily budget rate', () => {
    const p = budgetPacing({ ...base, spentMinor: 0, recentSpendMinor: 10_000_00 });
    expect(p.projectedMinor).toBe(100_00 * 15);
  });
});
