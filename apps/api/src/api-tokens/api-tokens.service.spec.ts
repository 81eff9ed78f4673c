import type { AuditService } from '../audit';
import { sha256 } from '../auth';
import type { ApiTokensRepository, UsableTokenRow } from './api-tokens.repository';
import { ApiTokensService } from './api-tokens.service';

describe('ApiTokensService.authenticate', () => {
  const usable = new Map<string, UsableTokenRow>();
  const touched: string[] = [];
  const repo = {
    findUsable: async (hash: string) => usable.get(hash) ?? null,
    touchLastUsed: async (id: string) => void touched.push(id),
  } as unknown as ApiTokensRepository;
  const service = new ApiTokensService(repo, {} as AuditService);

  beforeEach(() => {
    usable.clear();
    touched.length = 0;
  });

  const add = (secret: string, row: Partial<UsableTokenRow>) =>
    usable.set(sha256(secret), { id: 't1', name: 'BI', scopes: ['read'], lastUsedAt: null, creatorRole: 'admin', ...row });

  it('acts as a recruiter for a write token of an admin, and records the use', async () => {
    add('afx_w', { scopes: ['read', 'write'] });
    expect(await service.authenticate('afx_w')).toMatchObject({ kind: 'token', id: 't1', label: 'token:BI', role: 'recruiter', scopes: ['read', 'write'] });
    expect(touched).toEqual(['t1']);
  });

  it('never acts as more than its creator is now: a demoted creator makes it read-only', async () => {
    add('afx_w', { scopes: ['read', 'write'], creatorRole: 'viewer' });
    expect((await service.authenticate('afx_w'))?.role).toBe('viewer');
  });

  it('is unknown when the repository finds no usable token (revoked, expired, creator deactivated) or the prefix is wrong', async () => {
    add('afx_ok', {});
    expect(await service.authenticate('afx_other')).toBeNull();
    expect(await service.authenticate('nope_ok')).toBeNull();
  });

  it('writes last_used_at at most once a minute', async () => {
    add('afx_r', { lastUsedAt: new Date(Date.now() - 5_000) });
    await service.authenticate('afx_r');
    expect(touched).toEqual([]);
  });
});
