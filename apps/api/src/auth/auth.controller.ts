import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuditService } from '../audit';
import { ClientIp, CurrentPrincipal, Public, SelfService } from '../common/decorators';
import { ProblemException } from '../common/problem';
import { AppConfig, InjectConfig } from '../config/config.module';
import { UsersService } from '../users';
import { LoginDto, MeDto, SessionDto } from './auth.dto';
import { AuthService } from './auth.service';
import { clearSessionCookies, SESSION_COOKIE, setSessionCookies } from './cookies';
import { Principal } from './principal';
import { SessionsService } from './sessions.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly users: UsersService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ operationId: 'login', summary: 'Sign in; sets the session and CSRF cookies' })
  @ApiOkResponse({ type: MeDto })
  async login(@Body() dto: LoginDto, @ClientIp() ip: string, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<MeDto> {
    const { user, session } = await this.auth.login(dto.email, dto.password, ip, req.headers['user-agent'] ?? null);
    setSessionCookies(res, session, this.config.cookieSecure);
    return { id: user.id, email: user.email, name: user.name, role: user.role };
  }

  @Post('logout')
  @SelfService()
  @HttpCode(204)
  @ApiOperation({ operationId: 'logout', summary: 'End the current session' })
  @ApiNoContentResponse()
  async logout(@CurrentPrincipal() principal: Principal, @ClientIp() ip: string, @Res({ passthrough: true }) res: Response): Promise<void> {
    if (principal.kind !== 'session' || !principal.sessionId) throw new ProblemException(400, 'Only a signed-in session can log out.');
    await this.sessions.revoke(principal.sessionId);
    await this.audit.record({ action: 'auth.logout', principal, ip, targetType: 'user', targetId: principal.id });
    clearSessionCookies(res, this.config.cookieSecure);
  }

  /**
   * The SPA's session probe: always 200, so opening /login without a session is not a failed
   * request (and not a console error) the way a 401 from /auth/me would be.
   */
  @Get('session')
  @Public()
  @ApiOperation({ operationId: 'session', summary: 'The session cookie\'s user, or null (never 401)' })
  @ApiOkResponse({ type: SessionDto })
  async session(@Req() req: Request): Promise<SessionDto> {
    const cookie = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const session = cookie ? await this.sessions.resolve(cookie) : null;
    if (!session) return { user: null };
    const { id, email, name, role } = session.user;
    return { user: { id, email, name, role } };
  }

  @Get('me')
  @SelfService()
  @ApiOperation({ operationId: 'me', summary: 'Who is signed in (or which token is calling)' })
  @ApiOkResponse({ type: MeDto })
  async me(@CurrentPrincipal() principal: Principal): Promise<MeDto> {
    if (principal.kind === 'token') return { id: principal.id, email: '', name: principal.label, role: principal.role };
    const user = await this.users.findById(principal.id);
    if (!user) throw new ProblemException(401, 'Your account no longer exists.');
    return { id: user.id, email: user.email, name: user.name, role: user.role };
  }
}
