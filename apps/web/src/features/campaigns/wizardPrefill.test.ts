import { describe, expect, it } from 'vitest';
import { bestSegmentIds, prefillFromJob, prefillLoneConnection, untouchedPart } from './wizardPrefill';

const conn = (id: string, over: Partial<{ archivedAt: string | null; status: 'connected' | 'needs_reauth'; currency: string }> = {}) => ({
  id, archivedAt: over.archivedAt ?? null, status: over.status ?? 'connected', account: over.currency ? { currency: over.currency } : {},
}) as Parameters<typeof prefillLoneConnection>[0][number];

describe('wizard prefill', () => {
  it('names the campaign after the job and month, headline = title, text = short description', () => {
    expect(prefillFromJob({ title: 'Nurse', shortDescription: 'Flexible shifts.' }, new Date('2026-12-04T12:00:00Z'))).toEqual({
      name: 'Nurse – December 2026', headline: 'Nurse', primaryText: 'Flexible shifts.',
    });
  });

  it('pre-selects the segments sharing a job skill near the best score (at most 3), else the single best', () => {
    const s = (segmentId: string, score: number) => ({ segmentId, score });
    expect(bestSegmentIds([s('a', 0.9), s('b', 0.85), s('c', 0.81), s('d', 0.8), s('e', 0.6)])).toEqual(['a', 'b', 'c']);
    expect(bestSegmentIds([s('a', 0.9), s('b', 0.7)])).toEqual(['a']);
    expect(bestSegmentIds([s('a', 0.4), s('b', 0.3)])).toEqual(['a']);
    expect(bestSegmentIds([])).toEqual([]);
  });

  it('pre-selects a connection only when it is the one usable connection, with its currency', () => {
    expect(prefillLoneConnection([conn('a', { currency: 'EUR' })])).toEqual({ connectionIds: ['a'], currency: 'EUR' });
    expect(prefillLoneConnection([conn('a'), conn('b', { archivedAt: '2026-01-01' }), conn('c', { status: 'needs_reauth' })])).toEqual({ connectionIds: ['a'] });
    expect(prefillLoneConnection([conn('a'), conn('b')])).toEqual({});
    expect(prefillLoneConnection([])).toEqual({});
  });

  it('keeps only the fields the user has not touched', () => {
    expect(untouchedPart({ name: 'x', headline: 'y', segmentIds: ['s'] }, new Set(['name', 'segmentIds'] as const))).toEqual({ headline: 'y' });
  });
});
