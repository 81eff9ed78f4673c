import { deriveCampaignStatus, deriveDisplayStatus, isEditable } from './campaign-status';

describe('deriveCampaignStatus', () => {
  it.each([
    [[], 'draft'],
    [['draft', 'draft'], 'draft'],
    [['queued', 'draft'], 'publishing'],
    [['publishing', 'active'], 'publishing'],
    [['active', 'failed'], 'active'],
    [['active', 'paused'], 'active'],
    [['paused', 'completed'], 'paused'],
    [['failed', 'completed'], 'failed'],
    [['failed', 'failed'], 'failed'],
    [['draft', 'failed'], 'failed'],
    [['completed', 'completed'], 'completed'],
    [['completed', 'archived'], 'completed'],
    [['active', 'archived'], 'active'],
    [['archived', 'archived'], 'archived'],
  ] as const)('%j → %s', (statuses, expected) => {
    expect(deriveCampaignStatus(statuses)).toBe(expected);
  });

  it('only all-draft campaigns are editable', () => {
    expect(isEditable(['draft', 'draft'])).toBe(true);
    expect(isEditable(['draft', 'failed'])).toBe(false);
    expect(isEditable(['active'])).toBe(false);
  });
});

describe('deriveDisplayStatus: what the campaign is doing now', () => {
  const now = new Date('2026-12-04T08:41:00Z');
  const at = (iso: string) => new Date(iso);

  it('published at 08:41 for a 09:00 start: scheduled, not active', () => {
    expect(deriveDisplayStatus('active', { startsAt: at('2026-12-04T09:00:00Z'), endsAt: null }, now)).toBe('scheduled');
  });

  it('started a minute ago: active', () => {
    expect(deriveDisplayStatus('active', { startsAt: at('2026-12-04T08:40:00Z'), endsAt: null }, now)).toBe('active');
  });

  it('the start instant itself counts as started', () => {
    expect(deriveDisplayStatus('active', { startsAt: now, endsAt: null }, now)).toBe('active');
  });

  it('live on the platforms but past its end date: ended', () => {
    expect(deriveDisplayStatus('active', { startsAt: at('2026-11-01T00:00:00Z'), endsAt: at('2026-12-01T00:00:00Z') }, now)).toBe('ended');
  });

  it('end date still ahead: active', () => {
    expect(deriveDisplayStatus('active', { startsAt: at('2026-11-01T00:00:00Z'), endsAt: at('2026-12-31T00:00:00Z') }, now)).toBe('active');
  });

  it.each(['draft', 'publishing', 'paused', 'failed', 'completed', 'archived'] as const)('%s with a future start stays %s', (status) => {
    expect(deriveDisplayStatus(status, { startsAt: at('2026-12-05T09:00:00Z'), endsAt: null }, now)).toBe(status);
  });
});
