import type { AppConfig } from '../config/config.module';
import { sha256 } from './secrets';
import type { LiveSessionRow, SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';

describe('SessionsService', () => {
  const stored: { tokenHash: string; expiresAt: Date; userAgent: string | null }[] = [];
  const live = new Map<string, LiveSessionRow>();
  const repo = {
    insert: async (row: (typeof stored)[number]) => void stored.push(row),
    findLive: async (hash: string) => live.get(hash) ?? null,
  } as unknown as SessionsRepository;
  const service = new SessionsService(repo, { sessionTtlHours: 2 } as AppConfig);

  it('stores only the hash of the cookie token, with the configured lifetime', async () => {
    const before = Date.now();
    const session = await service.create('u1', '::1', 'x'.repeat(500));
    expect(stored[0].tokenHash).toBe(sha256(session.token));
    expect(stored[0].tokenHash).not.toContain(session.token);
    expect(stored[0].userAgent).toHaveLength(300);
    expect(session.expiresAt.getTime() - before).toBeGreaterThanOrEqual(2 * 3600_000 - 1000);
    expect(session.expiresAt.getTime() - before).toBeLessThanOrEqual(2 * 3600_000 + 1000);
  });

  it('resolves a cookie token to its session and user, or null', async () => {
    live.set(sha256('cookie'), { id: 's1', csrfToken: 'c', expiresAt: new Date(1), userId: 'u1', email: 'a@b.co', name: 'A', role: 'viewer' });
    expect(await service.resolve('cookie')).toMatchObject({ id: 's1', csrfToken: 'c', user: { id: 'u1', email: 'a@b.co', role: 'viewer', active: true } });
    expect(await service.resolve('other')).toBeNull();
  });
});
