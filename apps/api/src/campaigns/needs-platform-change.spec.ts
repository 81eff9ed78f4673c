import { needsPlatformChange } from './publication-status';

describe('needsPlatformChange (what a status job acts on)', () => {
  it('live objects away from their target', () => {
    expect(needsPlatformChange('active', 'paused')).toBe(true);
    expect(needsPlatformChange('paused', 'active')).toBe(true);
    expect(needsPlatformChange('active', 'archived')).toBe(true);
  });

  it('nothing when already there', () => {
    expect(needsPlatformChange('active', 'active')).toBe(false);
    expect(needsPlatformChange('paused', 'paused')).toBe(false);
    expect(needsPlatformChange('archived', 'archived')).toBe(false);
  });

  it('leaves publications still being published to the publish job', () => {
    expect(needsPlatformChange('queued', 'paused')).toBe(false);
    expect(needsPlatformChange('publishing', 'archived')).toBe(false);
  });

  it('archives failed and completed publications (their partial objects too)', () => {
    expect(needsPlatformChange('failed', 'archived')).toBe(true);
    expect(needsPlatformChange('completed', 'archived')).toBe(true);
    expect(needsPlatformChange('failed', 'paused')).toBe(false);
    expect(needsPlatformChange('draft', 'archived')).toBe(false);
  });
});
