import { Body, Controller, Delete, Get, Header, HttpCode, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Principal } from '../auth';
import { wantsCsv } from '../common/csv.interceptor';
import { ClientIp, CurrentPrincipal } from '../common/decorators';
import { IdParam } from '../common/id-param';
import { CandidatesService } from './candidates.service';
import { CandidateDto, CandidatePageDto } from './dto/candidate.dto';
import { CreateCandidateDto, UpdateCandidateDto } from './dto/candidate-input.dto';
import { ListCandidatesQuery } from './dto/list-candidates.query';

@ApiTags('candidates')
@Controller('candidates')
export class CandidatesController {
  constructor(private readonly candidates: CandidatesService) {}

  @Get()
  @ApiOperation({ operationId: 'listCandidates', summary: 'Candidates, keyset-paginated, with filters and a whitelisted sort' })
  @ApiOkResponse({ type: CandidatePageDto })
  @Header('Content-Type', 'application/json; charset=utf-8')
  async list(@Query() query: ListCandidatesQuery, @Req() req: Request) {
    const body = await this.candidates.listJson(query);
    // The JSON body goes out as it is; a CSV export needs the rows as objects.
    return wantsCsv(req) ? (JSON.parse(body) as CandidatePageDto) : body;
  }

  @Post()
  @ApiOperation({ operationId: 'createCandidate', summary: 'Add a candidate (email must be new)' })
  @ApiCreatedResponse({ type: CandidateDto })
  create(@Body() dto: CreateCandidateDto) {
    return this.candidates.create(dto);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getCandidate' })
  @ApiOkResponse({ type: CandidateDto })
  get(@IdParam() id: string) {
    return this.candidates.get(id);
  }

  @Patch(':id')
  @ApiOperation({ operationId: 'updateCandidate', summary: 'Change some fields; null clears an optional field' })
  @ApiOkResponse({ type: CandidateDto })
  update(@IdParam() id: string, @Body() dto: UpdateCandidateDto) {
    return this.candidates.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ operationId: 'eraseCandidate', summary: 'Erase a candidate and their personal data (right to be forgotten); audited' })
  @ApiNoContentResponse()
  erase(@IdParam() id: string, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.candidates.erase(id, principal, ip);
  }
}
