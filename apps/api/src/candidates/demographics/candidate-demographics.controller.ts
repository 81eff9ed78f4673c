import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Principal } from '../../auth';
import { ClientIp, CurrentPrincipal, Roles } from '../../common/decorators';
import { IdParam } from '../../common/id-param';
import { CandidateDemographicsDto, CandidatePersonalDataDto } from '../dto/candidate-demographics.dto';
import { CandidateDemographicsService } from './candidate-demographics.service';

/**
 * Admin-only: special-category data is absent from every other candidate response. Own paths
 * (not /candidates/{id}/…, which would be ambiguous with /candidates/imports/{id}).
 */
@ApiTags('candidates')
@Controller()
@Roles('admin')
export class CandidateDemographicsController {
  constructor(private readonly demographics: CandidateDemographicsService) {}

  @Get('candidate-demographics/:id')
  @ApiOperation({ operationId: 'getCandidateDemographics', summary: 'Self-declared audit-only demographics (admins only)' })
  @ApiOkResponse({ type: CandidateDemographicsDto })
  get(@IdParam() id: string) {
    return this.demographics.get(id);
  }

  @Put('candidate-demographics/:id')
  @ApiOperation({ operationId: 'replaceCandidateDemographics', summary: 'Replace the self-declared audit-only demographics (admins only; audited without values)' })
  @ApiOkResponse({ type: CandidateDemographicsDto })
  replace(@IdParam() id: string, @Body() dto: CandidateDemographicsDto, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.demographics.replace(id, dto, principal, ip);
  }

  @Get('candidate-exports/:id')
  @ApiOperation({ operationId: 'exportCandidatePersonalData', summary: 'Everything stored about the candidate, demographics included (GDPR access/portability; admins only; audited)' })
  @ApiOkResponse({ type: CandidatePersonalDataDto })
  export(@IdParam() id: string, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.demographics.personalData(id, principal, ip);
  }
}
