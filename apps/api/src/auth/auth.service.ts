import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ProblemException } from '../common/problem';
import { User } from '../users/user.entity';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import { NewSession, SessionsService } from './sessions.service';

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
  ) {}

  async login(email: string, password: string, ip: string, userAgent: string | null): Promise<{ user: User; session: NewSession }> {
    await this.throttle.assertAllowed(email, ip);
    const user = await this.users.createQueryBuilder('u').addSelect('u.passwordHash').where('u.email = :email', { email }).getOne();
    const valid = await this.passwords.verify(user?.passwordHash ?? (await this.passwords.dummyHash()), password);
    if (!user || !valid || !user.active) {
      await this.throttle.recordFailure(email, ip);
      await this.audit.record({ action: 'auth.login_failed', actorLabel: email, ip, targetType: 'user', targetId: user?.id, details: { reason: !user ? 'unknown_email' : !valid ? 'bad_password' : 'inactive' } });
      throw new ProblemException(401, 'Email or password is incorrect.');
    }
    await this.throttle.recordSuccess(email);
    const session = await this.sessions.create(user.id, ip, userAgent);
    await this.users.update(user.id, { lastLoginAt: new Date() });
    await this.audit.record({ action: 'auth.login', principal: { kind: 'session', id: user.id, label: user.email, role: user.role }, ip, targetType: 'user', targetId: user.id });
    return { user, session };
  }
}
