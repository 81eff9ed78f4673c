import { budgetPacing, PacingInput } from './pacing';

const base: PacingInput = {
  spentMinor: 0, recentSpendMinor: 0, recentDays: 7, dailyBudgetMinor: 100_00, totalBudgetMinor: null,
  startDate: '2026-11-01', endDate: '2026-11-30', today: '2026-11-15',
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

  it('projection never exceeds the daily budget rate', () => {
    const p = budgetPacing({ ...base, spentMinor: 0, recentSpendMinor: 10_000_00 });
    expect(p.projectedMinor).toBe(100_00 * 15);
  });
});
