import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Principal } from '../auth';
import { ClientIp, CurrentPrincipal, Roles, SessionOnly } from '../common/decorators';
import { GeminiSettingsDto, GeminiTestResultDto, UpdateGeminiSettingsDto } from './dto/gemini-settings.dto';
import { GeminiAccess } from './gemini-access.service';

/** Settings → Integrations → Gemini: admins in a browser session only, like the other settings. */
@ApiTags('settings')
@Controller('settings/gemini')
@Roles('admin') @SessionOnly()
export class GeminiSettingsController {
  constructor(private readonly gemini: GeminiAccess) {}

  @Get()
  @ApiOperation({ operationId: 'getGeminiSettings', summary: 'Where the Gemini key comes from, its mask, the model and the models to choose from' })
  @ApiOkResponse({ type: GeminiSettingsDto })
  get() {
    return this.gemini.get();
  }

  @Put()
  @ApiOperation({ operationId: 'updateGeminiSettings', summary: 'Store (encrypted) or remove the Gemini key, or choose the model; GEMINI_API_KEY still wins when set' })
  @ApiOkResponse({ type: GeminiSettingsDto })
  update(@Body() dto: UpdateGeminiSettingsDto, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.gemini.update(dto, principal, ip);
  }

  @Post('test')
  @HttpCode(200)
  @ApiOperation({ operationId: 'testGeminiSettings', summary: 'Send Gemini one small request with the key and model in use' })
  @ApiOkResponse({ type: GeminiTestResultDto })
  test() {
    return this.gemini.test();
  }
}
