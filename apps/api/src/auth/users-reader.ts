import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ProblemException } from '../common/problem';
import { User } from '../users/user.entity';

/** Read-only access to users for the auth module (users module owns writes). */
@Injectable()
export class UsersRepositoryReader {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  async byId(id: string): Promise<User> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new ProblemException(401, 'Your account no longer exists.');
    return user;
  }
}
