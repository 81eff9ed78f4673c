import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiToken } from '../api-tokens/api-token.entity';
import { ApiTokensController } from '../api-tokens/api-tokens.controller';
import { ApiTokensService } from '../api-tokens/api-tokens.service';
import { User } from '../users/user.entity';
import { UsersController } from '../users/users.controller';
import { UsersService } from '../users/users.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import { Session } from './session.entity';
import { SessionsService } from './sessions.service';
import { UsersRepositoryReader } from './users-reader';

/** Identity and access: sessions, API tokens, users, and the global deny-by-default guard. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([User, Session, ApiToken])],
  controllers: [AuthController, UsersController, ApiTokensController],
  providers: [
    AuthService, SessionsService, PasswordService, LoginThrottleService, ApiTokensService, UsersService, UsersRepositoryReader,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [UsersService, PasswordService],
})
export class AuthModule {}
