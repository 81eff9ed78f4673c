import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Principal } from '../../auth';
import { ClientIp, CurrentPrincipal, Roles, SessionOnly } from '../../common/decorators';
import { IdParam } from '../../common/id-param';
import { ConnectionVerifier } from './connection-verifier';
import { ConnectionsService } from './connections.service';
import { CreatePlatformConnectionDto, ListPlatformConnectionsQuery, UpdatePlatformConnectionDto } from './dto/connection-input.dto';
import { PlatformConnectionDto, PlatformConnectionPageDto, VerifyConnectionResultDto } from './dto/connection.dto';

/**
 * Admin settings for ads platform accounts. Reads are open to every signed-in role (the campaign
 * form lists connections), always masked; changes need an admin in a browser session.
 */
@ApiTags('platform-connections')
@Controller('platform-connections')
export class ConnectionsController {
  constructor(
    private readonly connections: ConnectionsService,
    private readonly verifier: ConnectionVerifier,
  ) {}

  @Post()
  @Roles('admin') @SessionOnly()
  @ApiOperation({ operationId: 'createPlatformConnection', summary: 'Add a Meta, Google Ads or Sandbox connection; secrets are encrypted and never returned' })
  @ApiCreatedResponse({ type: PlatformConnectionDto })
  create(@Body() dto: CreatePlatformConnectionDto, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.connections.create(dto, principal, ip);
  }

  @Get()
  @ApiOperation({ operationId: 'listPlatformConnections', summary: 'Live connections, oldest first; secrets masked' })
  @ApiOkResponse({ type: PlatformConnectionPageDto })
  list(@Query() query: ListPlatformConnectionsQuery) {
    return this.connections.list(query);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getPlatformConnection', summary: 'One connection (also when archived); secrets masked' })
  @ApiOkResponse({ type: PlatformConnectionDto })
  get(@IdParam() id: string) {
    return this.connections.get(id);
  }

  @Patch(':id')
  @Roles('admin') @SessionOnly()
  @ApiOperation({ operationId: 'updatePlatformConnection', summary: 'Rename or rotate credentials: only the fields sent are replaced' })
  @ApiOkResponse({ type: PlatformConnectionDto })
  update(@IdParam() id: string, @Body() dto: UpdatePlatformConnectionDto, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.connections.update(id, dto, principal, ip);
  }

  @Delete(':id')
  @Roles('admin') @SessionOnly()
  @HttpCode(204)
  @ApiOperation({ operationId: 'deletePlatformConnection', summary: 'Archive a connection and wipe its credentials (publications keep the reference)' })
  @ApiNoContentResponse()
  archive(@IdParam() id: string, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.connections.archive(id, principal, ip);
  }

  @Post(':id/verify')
  @Roles('admin') @SessionOnly()
  @HttpCode(200)
  @ApiOperation({ operationId: 'verifyPlatformConnection', summary: 'Call the platform with the stored credentials and record the status' })
  @ApiOkResponse({ type: VerifyConnectionResultDto })
  verify(@IdParam() id: string, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.verifier.verify(id, principal, ip);
  }
}
