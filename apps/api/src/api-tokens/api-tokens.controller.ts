import { Body, Controller, Delete, Get, Post } from '@nestjs/common';
import { IdParam } from '../common/id-param';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Principal } from '../auth';
import { ClientIp, CurrentPrincipal, Roles, SessionOnly } from '../common/decorators';
import { ApiTokenDto, CreateApiTokenDto, CreatedApiTokenDto } from './api-tokens.dto';
import { ApiTokensService } from './api-tokens.service';

@ApiTags('api-tokens')
@Controller('api-tokens')
@Roles('admin')
@SessionOnly()
export class ApiTokensController {
  constructor(private readonly tokens: ApiTokensService) {}

  @Post()
  @ApiOperation({ operationId: 'createApiToken', summary: 'Create an API token; the secret is returned only once' })
  @ApiCreatedResponse({ type: CreatedApiTokenDto })
  create(@Body() dto: CreateApiTokenDto, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.tokens.create(dto, principal, ip);
  }

  @Get()
  @ApiOperation({ operationId: 'listApiTokens' })
  @ApiOkResponse({ type: [ApiTokenDto] })
  list() {
    return this.tokens.list();
  }

  @Delete(':id')
  @ApiOperation({ operationId: 'revokeApiToken', summary: 'Revoke a token (it stops working at once)' })
  @ApiOkResponse({ type: ApiTokenDto })
  revoke(@IdParam() id: string, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.tokens.revoke(id, principal, ip);
  }
}
