import { describe, expect, it } from 'vitest';
import { presetRange, rangeFromParams, todayUtc, validateRange } from './dateRange';

describe('date range presets and URL state', () => {
  const today = '2026-11-26';

  it('computes presets as inclusive UTC day ranges ending today', () => {
    expect(presetRange('7d', today)).toEqual({ from: '2026-11-20', to: today });
    expect(presetRange('30d', today)).toEqual({ from: '2026-10-28', to: today });
    expect(presetRange('90d', today)).toEqual({ from: '2026-08-29', to: today });
    expect(presetRange('mtd', today)).toEqual({ from: '2026-11-01', to: today });
    expect(presetRange('mtd', '2026-12-01')).toEqual({ from: '2026-12-01', to: '2026-12-01' });
  });

  it('uses the UTC day, not the local one', () => {
    expect(todayUtc(new Date('2026-11-26T23:30:00-05:00'))).toBe('2026-11-27');
  });

  it('reads a preset, a custom range, or falls back to the last 30 days', () => {
    expect(rangeFromParams(new URLSearchParams('range=7d'), today)).toEqual({ choice: '7d', range: { from: '2026-11-20', to: today } });
    expect(rangeFromParams(new URLSearchParams('from=2026-01-01&to=2026-01-31'), today)).toEqual({
      choice: 'custom',
      range: { from: '2026-01-01', to: '2026-01-31' },
    });
    expect(rangeFromParams(new URLSearchParams(''), today)).toEqual({ choice: '30d', range: { from: '2026-10-28', to: today } });
    expect(rangeFromParams(new URLSearchParams('range=bogus'), today).choice).toBe('30d');
    // An unusable custom range is ignored rather than sent to the API.
    expect(rangeFromParams(new URLSearchParams('from=2026-02-10&to=2026-02-01&range=7d'), today).choice).toBe('7d');
    expect(rangeFromParams(new URLSearchParams('from=2026-02-30&to=2026-03-01'), today).choice).toBe('30d');
  });

  it('validates custom ranges like the API does', () => {
    expect(validateRange('2026-01-01', '2026-01-31')).toEqual({});
    expect(validateRange('', '')).toEqual({ from: 'Enter a start date.', to: 'Enter an end date.' });
    expect(validateRange('2026-02-31', '2026-03-01')).toEqual({ from: 'Enter a real date (YYYY-MM-DD).' });
    expect(validateRange('2026-03-02', '2026-03-01')).toEqual({ from: 'The start date must be on or before the end date.' });
    expect(validateRange('2024-01-01', '2025-12-31')).toEqual({}); // 731 days
    expect(validateRange('2024-01-01', '2026-01-01')).toEqual({ from: 'Choose at most 731 days.' });
  });
});
