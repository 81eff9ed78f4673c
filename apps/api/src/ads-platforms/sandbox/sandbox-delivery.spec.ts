import fc from 'fast-check';
import { deliverySeed, simulateDailyDelivery } from './sandbox-delivery';

const base = { dailyBudgetMinor: 5000, currency: 'USD', audienceSize: 200_000, seed: deliverySeed('af-1', '2026-12-01') };

describe('simulateDailyDelivery', () => {
  it('is deterministic for a publication and date, and differs across dates', () => {
    expect(simulateDailyDelivery(base)).toEqual(simulateDailyDelivery(base));
    expect(simulateDailyDelivery(base)).not.toEqual(simulateDailyDelivery({ ...base, seed: deliverySeed('af-1', '2026-12-02') }));
  });

  it('spends most of a $50 budget at a realistic CPM and CTR', () => {
    const day = simulateDailyDelivery(base);
    expect(day.spendMinor).toBeGreaterThanOrEqual(4250);
    expect(day.spendMinor).toBeLessThanOrEqual(5000);
    expect(day.impressions).toBeGreaterThan(5000 / 12 * 1000 / 100 * 0.85 - 1); // CPM ≤ $12
    expect(day.impressions).toBeLessThan(5000 / 4 * 1000 / 100 + 1); // CPM ≥ $4
    expect(day.clicks / day.impressions).toBeGreaterThanOrEqual(0.004);
    expect(day.clicks / day.impressions).toBeLessThanOrEqual(0.031);
  });

  it('a small audience caps delivery and the spend that goes with it', () => {
    const day = simulateDailyDelivery({ ...base, audienceSize: 100 });
    expect(day.impressions).toBeLessThanOrEqual(400);
    expect(day.reach).toBeLessThanOrEqual(100);
    expect(day.spendMinor).toBeLessThan(1000);
  });

  it('scales with the active share of the day and is empty when inactive', () => {
    const full = simulateDailyDelivery(base);
    const half = simulateDailyDelivery({ ...base, activeShare: 0.5 });
    expect(Math.abs(half.spendMinor - full.spendMinor / 2)).toBeLessThanOrEqual(1);
    expect(Math.abs(half.impressions - full.impressions / 2)).toBeLessThanOrEqual(2);
    expect(simulateDailyDelivery({ ...base, activeShare: 0 })).toEqual({ impressions: 0, reach: 0, clicks: 0, uniqueClicks: 0, spendMinor: 0, conversions: 0, cpmMicros: null, frequency: null });
  });

  it('reports unique clicks, CPM and frequency the way a platform does', () => {
    const day = simulateDailyDelivery(base);
    expect(day.uniqueClicks).toBeGreaterThanOrEqual(Math.floor(day.clicks * 0.8));
    expect(day.uniqueClicks).toBeLessThanOrEqual(day.clicks);
    // CPM in micros of USD = spend (dollars) / impressions × 1000 × 10^6
    expect(day.cpmMicros).toBe(Math.round((day.spendMinor / 100) * 1e9 / day.impressions));
    expect(day.cpmMicros! / 1e6).toBeGreaterThanOrEqual(4);
    expect(day.cpmMicros! / 1e6).toBeLessThanOrEqual(12);
    expect(day.frequency).toBeCloseTo(day.impressions / day.reach, 3);
    expect(day.frequency).toBeGreaterThanOrEqual(1.1 - 0.01);
  });

  it('prices JPY in yen, not in hundredths', () => {
    const jpy = simulateDailyDelivery({ ...base, currency: 'JPY', dailyBudgetMinor: 7500 });
    expect(jpy.impressions).toBeGreaterThan(500);
    expect(jpy.impressions).toBeLessThan(20_000);
  });

  it('property: every invariant holds for any budget, audience, share and seed', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 50_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }),
      fc.string(), fc.constantFrom('USD', 'EUR', 'JPY', 'KWD', 'HUF'),
      (budget, audience, share, seed, currency) => {
        const d = simulateDailyDelivery({ dailyBudgetMinor: budget, currency, audienceSize: audience, activeShare: share, seed });
        const { frequency, cpmMicros, ...counts } = d;
        const ints = Object.values(counts).every((v) => Number.isInteger(v) && v >= 0);
        return ints && d.spendMinor <= budget && d.reach <= d.impressions && d.reach <= audience
          && d.clicks <= d.impressions && d.conversions <= d.clicks && d.impressions <= audience * 4
          && d.uniqueClicks <= d.clicks && d.uniqueClicks <= d.reach
          && (d.reach > 0 ? frequency !== null && frequency >= 1 : frequency === null)
          && (d.impressions > 0 ? cpmMicros !== null && cpmMicros >= 0 : cpmMicros === null);
      },
    ));
  });
});
