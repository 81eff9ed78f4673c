import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiTokensModule } from '../api-tokens';
import { UsersModule } from '../users';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { PasswordService } from './password.service';
import { Session } from './session.entity';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';
import { LoginThrottle } from './throttle/login-throttle.service';
import { TokenThrottle } from './throttle/token-throttle.service';

/**
 * Sign-in, sessions, throttling and the global deny-by-default guard. Global so that the users
 * module can end sessions (SessionsService) and hash passwords without importing auth back.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([Session]), UsersModule, ApiTokensModule],
  controllers: [AuthController],
  providers: [
    AuthService, SessionsService, SessionsRepository, PasswordService, LoginThrottle, TokenThrottle,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [SessionsService, PasswordService, UsersModule],
})
export class AuthModule {}
