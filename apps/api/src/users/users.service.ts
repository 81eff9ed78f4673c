import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { PasswordService } from '../auth/password.service';
import { Principal } from '../auth/principal';
import { generatePassword } from '../auth/secrets';
import { SessionsService } from '../auth/sessions.service';
import { fieldProblem, ProblemException } from '../common/problem';
import { CreatedUserDto, CreateUserDto, UpdateUserDto, UserDto } from './users.dto';
import { User } from './user.entity';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<UserDto[]> {
    return (await this.users.find({ order: { createdAt: 'ASC' } })).map(UserDto.from);
  }

  async create(dto: CreateUserDto, principal: Principal | undefined, ip?: string): Promise<CreatedUserDto> {
    if (await this.users.existsBy({ email: dto.email })) throw fieldProblem(409, 'email', 'is already used by another account');
    const temporaryPassword = dto.password ? undefined : generatePassword();
    const passwordHash = await this.passwords.hash(dto.password ?? temporaryPassword!);
    const user = await this.users.save(this.users.create({ email: dto.email, name: dto.name, role: dto.role, passwordHash, active: true }));
    await this.audit.record({ action: 'user.created', principal, ip, targetType: 'user', targetId: user.id, details: { email: user.email, role: user.role } });
    return { user: UserDto.from(user), temporaryPassword };
  }

  async update(id: string, dto: UpdateUserDto, principal: Principal, ip: string): Promise<UserDto> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new ProblemException(404, `User ${id} does not exist.`);
    if (id === principal.id && (dto.active === false || (dto.role && dto.role !== 'admin'))) {
      throw new ProblemException(409, 'You cannot deactivate or demote your own account.');
    }
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const key of ['name', 'role', 'active'] as const) {
      if (dto[key] !== undefined && dto[key] !== user[key]) changes[key] = { from: user[key], to: dto[key] };
    }
    if (Object.keys(changes).length === 0) return UserDto.from(user);
    Object.assign(user, dto);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(User).save(user);
      // A new role or a deactivation must take effect now, not at the next login.
      if (changes.role || changes.active) await this.sessions.revokeAllForUser(user.id, manager);
      const action = changes.active ? (user.active ? 'user.reactivated' : 'user.deactivated') : changes.role ? 'user.role_changed' : 'user.updated';
      await this.audit.record({ action, principal, ip, targetType: 'user', targetId: user.id, details: { email: user.email, changes } }, manager);
    });
    return UserDto.from(user);
  }
}
