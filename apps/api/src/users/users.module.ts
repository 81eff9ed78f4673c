import { Module } from '@nestjs/common';
import { auditTargetNamer } from '../audit';
import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from './user.entity';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

/**
 * People and their roles (admin settings). Exports UsersService, through which auth reads
 * accounts at sign-in; ending sessions on a change goes through auth's exported SessionsService.
 */
@Module({
  imports: [TypeOrmModule.forFeature([User])],
  controllers: [UsersController],
  providers: [UsersService, UsersRepository, auditTargetNamer('user', UsersRepository, (users, ids) => users.names(ids))],
  exports: [UsersService],
})
export class UsersModule {}
