import type { AuditRecord, AuditService } from '../audit';
import { ProblemException } from '../common/problem';
import { User } from '../users/user.api';
import type { UsersService } from '../users';
import { AuthService } from './auth.service';
import type { PasswordService } from './password.service';
import type { SessionsService } from './sessions.service';
import type { LoginThrottle } from './throttle/login-throttle.service';

describe('AuthService.login', () => {
  let steps: string[];
  let audited: AuditRecord[];
  let refuse: boolean;
  let service: AuthService;
  const account = Object.assign(new User(), { id: 'u1', email: 'a@b.co', name: 'A', role: 'viewer', active: true, passwordHash: 'hash-of-right' });

  beforeEach(() => {
    steps = [];
    audited = [];
    refuse = false;
    const throttle = {
      reserve: async () => {
        steps.push('reserve');
        if (refuse) throw new ProblemException(429, 'Too many failed sign-in attempts.');
      },
      succeeded: async () => void steps.push('release'),
    } as unknown as LoginThrottle;
    const users = {
      findForSignIn: async (email: string) => (email === account.email ? { ...account } : null),
      recordSignIn: async () => void steps.push('last-login'),
    } as unknown as UsersService;
    const passwords = {
      verify: async (hash: string, password: string) => (steps.push('verify'), hash === 'hash-of-right' && password === 'right'),
      dummyHash: async () => 'dummy',
    } as unknown as PasswordService;
    const sessions = { create: async () => (steps.push('session'), { token: 't', csrfToken: 'c', expiresAt: new Date(0) }) } as unknown as SessionsService;
    const audit = { record: async (r: AuditRecord) => void audited.push(r) } as unknown as AuditService;
    service = new AuthService(users, passwords, sessions, throttle, audit);
  });

  const status = (promise: Promise<unknown>) => promise.then(() => 200, (e: ProblemException) => e.getStatus());

  it('reserves a throttle slot before verifying the password, and gives it back on success', async () => {
    const { user, session } = await service.login('a@b.co', 'right', '::1', null);
    expect(user.id).toBe('u1');
    expect(session.token).toBe('t');
    expect(steps).toEqual(['reserve', 'verify', 'release', 'session', 'last-login']);
    expect(audited.map((a) => a.action)).toEqual(['auth.login']);
  });

  it('keeps the slot on a wrong password (that is the failure count) and audits why', async () => {
    expect(await status(service.login('a@b.co', 'wrong', '::1', null))).toBe(401);
    expect(await status(service.login('nobody@b.co', 'right', '::1', null))).toBe(401);
    expect(steps).toEqual(['reserve', 'verify', 'reserve', 'verify']);
    expect(audited.map((a) => a.details?.reason)).toEqual(['bad_password', 'unknown_email']);
  });

  it('does not verify at all once the throttle refuses', async () => {
    refuse = true;
    expect(await status(service.login('a@b.co', 'right', '::1', null))).toBe(429);
    expect(steps).toEqual(['reserve']);
  });
});
