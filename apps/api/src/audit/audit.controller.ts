import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, SessionOnly } from '../common/decorators';
import { AuditActionsDto, AuditEntryPageDto, AuditQuery } from './audit.dto';
import { AuditService } from './audit.service';

@ApiTags('audit')
@Controller('audit-log')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles('admin')
  @SessionOnly()
  @ApiOperation({ operationId: 'listAuditLog', summary: 'Audit log, newest first (admins)' })
  @ApiOkResponse({ type: AuditEntryPageDto })
  list(@Query() query: AuditQuery) {
    return this.audit.list(query.limit ?? 50, query.cursor, query.action);
  }

  @Get('actions')
  @Roles('admin')
  @SessionOnly()
  @ApiOperation({ operationId: 'listAuditActions', summary: 'The actions the audit log holds, for its filter (admins)' })
  @ApiOkResponse({ type: AuditActionsDto })
  actions(): Promise<AuditActionsDto> {
    return this.audit.actions();
  }
}
