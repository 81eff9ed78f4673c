import { deriveCampaignStatus, isEditable } from './campaign-status';

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
