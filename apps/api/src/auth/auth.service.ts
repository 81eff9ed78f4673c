import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit';
import { ProblemException } from '../common/problem';
import { User } from '../users/user.api';
import { UsersService } from '../users';
import { PasswordService } from './password.service';
import { NewSession, SessionsService } from './sessions.service';
import { LoginThrottle } from './throttle/login-throttle.service';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
  ) {}

  async login(email: string, password: string, ip: string, userAgent: string | null): Promise<{ user: User; session: NewSession }> {
    // The attempt is counted before the password is checked: parallel guesses cannot outrun the limit.
    await this.throttle.reserve(email, ip);
    const user = await this.users.findForSignIn(email);
    const valid = await this.passwords.verify(user?.passwordHash ?? (await this.passwords.dummyHash()), password);
    if (!user || !valid || !user.active) {
      await this.audit.record({ action: 'auth.login_failed', actorLabel: email, ip, targetType: 'user', targetId: user?.id, details: { reason: !user ? 'unknown_email' : !valid ? 'bad_password' : 'inactive' } });
      throw new ProblemException(401, 'Email or password is incorrect.');
    }
    await this.throttle.succeeded(email, ip);
    const session = await this.sessions.create(user.id, ip, userAgent);
    await this.users.recordSignIn(user.id);
    await this.audit.record({ action: 'auth.login', principal: { kind: 'session', id: user.id, label: user.email, role: user.role }, ip, targetType: 'user', targetId: user.id });
    return { user, session };
  }
}
