import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Principal } from '../auth';
import { ClientIp, CurrentPrincipal, Roles, SessionOnly } from '../common/decorators';
import { IdParam } from '../common/id-param';
import { CreatedUserDto, CreateUserDto, UpdateUserDto, UserDto } from './users.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
@Roles('admin')
@SessionOnly()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ operationId: 'listUsers' })
  @ApiOkResponse({ type: [UserDto] })
  list() {
    return this.users.list();
  }

  @Post()
  @ApiOperation({ operationId: 'createUser', summary: 'Create (invite) a user; a generated password is returned once' })
  @ApiCreatedResponse({ type: CreatedUserDto })
  create(@Body() dto: CreateUserDto, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.users.create(dto, principal, ip);
  }

  @Patch(':id')
  @ApiOperation({ operationId: 'updateUser', summary: 'Rename, change role or (de)activate; role changes and deactivation end sessions' })
  @ApiOkResponse({ type: UserDto })
  update(@IdParam() id: string, @Body() dto: UpdateUserDto, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.users.update(id, dto, principal, ip);
  }
}
