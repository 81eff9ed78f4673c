import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit';
import { generatePassword, PasswordService, Principal, SessionsService } from '../auth';
import { fieldProblem, ProblemException } from '../common/problem';
import { CreatedUserDto, CreateUserDto, UpdateUserDto, UserDto } from './users.dto';
import { User } from './user.entity';
import { UserChanges, UsersRepository } from './users.repository';

const isActiveAdmin = (u: Pick<User, 'role' | 'active'>) => u.role === 'admin' && u.active;

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<UserDto[]> {
    return (await this.users.list()).map(UserDto.from);
  }

  /** For sign-in and "who am I": null when the account does not exist. */
  findById(id: string): Promise<User | null> {
    return this.users.findById(id);
  }

  /** For the admin CLI, which names accounts by e-mail: 404 when there is none. */
  async getByEmail(email: string): Promise<User> {
    const user = await this.users.findByEmail(email.trim().toLowerCase());
    if (!user) throw new ProblemException(404, `There is no user with the e-mail ${email}.`);
    return user;
  }

  /** The account with its password hash, for verifying a sign-in. */
  findForSignIn(email: string): Promise<User | null> {
    return this.users.findWithPasswordHash(email);
  }

  recordSignIn(id: string): Promise<void> {
    return this.users.touchLastLogin(id, new Date());
  }

  async create(dto: CreateUserDto, principal: Principal | undefined, ip?: string): Promise<CreatedUserDto> {
    if (await this.users.existsByEmail(dto.email)) throw fieldProblem(409, 'email', 'is already used by another account');
    const temporaryPassword = dto.password ? undefined : generatePassword();
    const passwordHash = await this.passwords.hash(dto.password ?? temporaryPassword!);
    const user = await this.users.insert({ email: dto.email, name: dto.name, role: dto.role, passwordHash, active: true });
    await this.audit.record({ action: 'user.created', principal, ip, targetType: 'user', targetId: user.id, details: { email: user.email, role: user.role } });
    return { user: UserDto.from(user), temporaryPassword };
  }

  /**
   * Rename, change role, (de)activate. Runs with every active admin row locked, so two admins
   * demoting or deactivating each other at once cannot leave the product without one.
   */
  async update(id: string, dto: UpdateUserDto, principal: Principal | undefined, ip?: string): Promise<UserDto> {
    const requested = definedChanges(dto);
    return this.users.transaction(async (tx) => {
      const activeAdmins = await this.users.lockActiveAdmins(tx);
      const user = await this.users.lockById(tx, id);
      if (!user) throw new ProblemException(404, `User ${id} does not exist.`);
      const next = { ...user, ...requested };
      if (id === principal?.id && isActiveAdmin(user) && !isActiveAdmin(next)) {
        throw new ProblemException(409, 'You cannot deactivate or demote your own account.');
      }
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const key of Object.keys(requested) as (keyof UserChanges)[]) {
        if (requested[key] !== user[key]) changes[key] = { from: user[key], to: requested[key] };
      }
      if (Object.keys(changes).length === 0) return UserDto.from(user);
      if (isActiveAdmin(user) && !isActiveAdmin(next) && !activeAdmins.some((adminId) => adminId !== id)) {
        throw new ProblemException(409, 'At least one active admin must remain: promote someone else first.');
      }
      await this.users.update(tx, id, requested);
      // A new role or a deactivation must take effect now, not at the next login.
      if (changes.role || changes.active) await this.sessions.revokeAllForUser(id, tx);
      const action = changes.active ? (next.active ? 'user.reactivated' : 'user.deactivated') : changes.role ? 'user.role_changed' : 'user.updated';
      await this.audit.record({ action, principal, ip, targetType: 'user', targetId: id, details: { email: user.email, changes } }, tx);
      return UserDto.from(Object.assign(user, requested));
    });
  }

  /**
   * A new password (generated and returned once unless given); every session of the account ends, so
   * whoever knew the old password is signed out.
   */
  async resetPassword(id: string, password: string | undefined, principal: Principal | undefined, ip?: string): Promise<CreatedUserDto> {
    const temporaryPassword = password ? undefined : generatePassword();
    const passwordHash = await this.passwords.hash(password ?? temporaryPassword!);
    return this.users.transaction(async (tx) => {
      const user = await this.users.lockById(tx, id);
      if (!user) throw new ProblemException(404, `User ${id} does not exist.`);
      await this.users.setPasswordHash(tx, id, passwordHash);
      await this.sessions.revokeAllForUser(id, tx);
      await this.audit.record({ action: 'user.password_reset', principal, ip, targetType: 'user', targetId: id, details: { email: user.email } }, tx);
      return { user: UserDto.from(user), temporaryPassword };
    });
  }
}

/** Only the fields the caller sent: an absent field must not overwrite the stored one. */
function definedChanges(dto: UpdateUserDto): UserChanges {
  const changes: UserChanges = {};
  if (dto.name !== undefined) changes.name = dto.name;
  if (dto.role !== undefined) changes.role = dto.role;
  if (dto.active !== undefined) changes.active = dto.active;
  return changes;
}
