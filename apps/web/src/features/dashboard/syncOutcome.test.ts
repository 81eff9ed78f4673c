import { describe, expect, it } from 'vitest';
import { formatStartTime } from '../../components/startTime';
import { syncOutcomeText } from './syncOutcome';

const NOW = new Date('2026-12-04T08:41:00');
const done = (outcome: { impressions: number; clicks: number; spendReportingMinor: number } | null, error: string | null = null) => ({
  requestedAt: '2026-12-04T08:40:00Z', doneAt: '2026-12-04T08:40:05Z', error, outcome: outcome && { ...outcome, currency: 'USD' },
});

describe('syncOutcomeText: how a "Sync now" ended', () => {
  it('new delivery: what it added, singular and plural', () => {
    expect(syncOutcomeText(done({ impressions: 4, clicks: 1, spendReportingMinor: 0 }), null, NOW)).toBe('Synced: +4 impressions, +1 click');
    expect(syncOutcomeText(done({ impressions: 1, clicks: 0, spendReportingMinor: 250 }), null, NOW)).toBe('Synced: +1 impression, +$2.50 spend');
  });

  it('a platform revising a day down shows the decrease', () => {
    expect(syncOutcomeText(done({ impressions: -3, clicks: 0, spendReportingMinor: 0 }), null, NOW)).toBe('Synced: −3 impressions');
  });

  it('nothing new before the start: says when delivery starts', () => {
    const startsAt = new Date('2026-12-04T09:00:00').toISOString();
    expect(syncOutcomeText(done({ impressions: 0, clicks: 0, spendReportingMinor: 0 }), startsAt, NOW)).toBe(`Nothing new: delivery starts ${formatStartTime(startsAt, NOW)}`);
  });

  it('nothing new after the start', () => {
    expect(syncOutcomeText(done({ impressions: 0, clicks: 0, spendReportingMinor: 0 }), '2026-12-01T09:00:00Z', NOW)).toBe('Nothing new since the last sync.');
  });

  it('a sync that gave up says why', () => {
    expect(syncOutcomeText(done(null, 'token revoked'), null, NOW)).toBe('Sync failed: token revoked');
  });
});

describe('formatStartTime', () => {
  it('later today: the time only; another day: the day too', () => {
    const today = formatStartTime(new Date('2026-12-04T09:00:00').toISOString(), NOW);
    const tomorrow = formatStartTime(new Date('2026-12-05T09:00:00').toISOString(), NOW);
    expect(today).toMatch(/09:00/);
    expect(today).not.toMatch(/Dec/);
    expect(tomorrow).toMatch(/Dec/);
    expect(tomorrow).toMatch(/09:00/);
  });
});
