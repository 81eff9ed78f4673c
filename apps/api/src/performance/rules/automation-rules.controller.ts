import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Principal } from '../../auth';
import { ClientIp, CurrentPrincipal } from '../../common/decorators';
import { IdParam } from '../../common/id-param';
import { AutomationRuleDto, CreateAutomationRuleDto, UpdateAutomationRuleDto } from '../dto/automation-rule.dto';
import { AutomationRulesService } from './automation-rules.service';

@ApiTags('automation-rules')
@Controller('automation-rules')
export class AutomationRulesController {
  constructor(private readonly rules: AutomationRulesService) {}

  @Get()
  @ApiOperation({ operationId: 'listAutomationRules' })
  @ApiOkResponse({ type: [AutomationRuleDto] })
  list() {
    return this.rules.list();
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getAutomationRule' })
  @ApiOkResponse({ type: AutomationRuleDto })
  get(@IdParam() id: string) {
    return this.rules.get(id);
  }

  @Post()
  @ApiOperation({ operationId: 'createAutomationRule', summary: 'Condition on a campaign metric over a window → pause or notify' })
  @ApiCreatedResponse({ type: AutomationRuleDto })
  create(@Body() dto: CreateAutomationRuleDto, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.rules.create(dto, principal, ip);
  }

  @Patch(':id')
  @ApiOperation({ operationId: 'updateAutomationRule' })
  @ApiOkResponse({ type: AutomationRuleDto })
  update(@IdParam() id: string, @Body() dto: UpdateAutomationRuleDto, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.rules.update(id, dto, principal, ip);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ operationId: 'deleteAutomationRule' })
  @ApiNoContentResponse()
  remove(@IdParam() id: string, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.rules.remove(id, principal, ip);
  }
}
