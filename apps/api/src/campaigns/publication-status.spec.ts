import { acceptsTarget, assertTransition, canTransition, IllegalTransitionError, needsPlatformChange, PUBLICATION_STATUSES, PublicationStatus } from './publication-status';

describe('publication status machine', () => {
  it.each<[PublicationStatus, PublicationStatus]>([
    ['draft', 'queued'],
    ['queued', 'publishing'],
    ['publishing', 'active'],
    ['active', 'paused'],
    ['paused', 'active'],
    ['active', 'completed'],
    ['paused', 'archived'],
    ['publishing', 'failed'],
    ['failed', 'queued'],
    ['queued', 'failed'],
    ['publishing', 'paused'],
  ])('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  it.each<[PublicationStatus, PublicationStatus]>([
    ['draft', 'active'],
    ['draft', 'publishing'],
    ['queued', 'active'],
    ['active', 'queued'],
    ['active', 'publishing'],
    ['completed', 'active'],
    ['archived', 'active'],
    ['archived', 'queued'],
    ['failed', 'active'],
    ['paused', 'queued'],
  ])('refuses %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    expect(() => assertTransition(from, to)).toThrow(IllegalTransitionError);
  });

  it('archived is terminal and every status can be left except archived', () => {
    for (const to of PUBLICATION_STATUSES) expect(canTransition('archived', to)).toBe(false);
    for (const from of PUBLICATION_STATUSES.filter((s) => s !== 'archived')) {
      expect(PUBLICATION_STATUSES.some((to) => canTransition(from, to))).toBe(true);
    }
  });

  it('no status transitions to itself', () => {
    for (const s of PUBLICATION_STATUSES) expect(canTransition(s, s)).toBe(false);
  });

  describe('targets a user may ask for', () => {
    it('pause: active or still publishing, never paused/draft/failed', () => {
      expect(acceptsTarget('active', 'paused')).toBe(true);
      expect(acceptsTarget('publishing', 'paused')).toBe(true);
      expect(acceptsTarget('queued', 'paused')).toBe(true);
      expect(acceptsTarget('paused', 'paused')).toBe(false);
      expect(acceptsTarget('draft', 'paused')).toBe(false);
      expect(acceptsTarget('failed', 'paused')).toBe(false);
      expect(acceptsTarget('completed', 'paused')).toBe(false);
    });

    it('resume: paused or still publishing', () => {
      expect(acceptsTarget('paused', 'active')).toBe(true);
      expect(acceptsTarget('publishing', 'active')).toBe(true);
      expect(acceptsTarget('active', 'active')).toBe(false);
      expect(acceptsTarget('completed', 'active')).toBe(false);
      expect(acceptsTarget('failed', 'active')).toBe(false);
    });

    it('archive: anything published or attempted, not drafts or archived ones', () => {
      for (const s of ['queued', 'publishing', 'active', 'paused', 'completed', 'failed'] as const) expect(acceptsTarget(s, 'archived')).toBe(true);
      expect(acceptsTarget('draft', 'archived')).toBe(false);
      expect(acceptsTarget('archived', 'archived')).toBe(false);
    });
  });
});

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
