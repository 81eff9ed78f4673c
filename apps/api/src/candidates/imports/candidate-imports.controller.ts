import { Controller, Get, HttpCode, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiAcceptedResponse, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Principal } from '../../auth';
import { ClientIp, CurrentPrincipal } from '../../common/decorators';
import { IdParam } from '../../common/id-param';
import { PageQuery } from '../../common/pagination';
import { CandidateImportDto, CandidateImportPageDto } from '../dto/candidate-import.dto';
import { CandidateImportsService } from './candidate-imports.service';

/** Registered before CandidatesController so /candidates/imports is not read as /candidates/:id. */
@ApiTags('candidates')
@Controller('candidates/imports')
export class CandidateImportsController {
  constructor(private readonly imports: CandidateImportsService) {}

  @Post()
  @HttpCode(202)
  @UseInterceptors(FileInterceptor('file'))
  @ApiOperation({
    operationId: 'importCandidates',
    summary: 'Upload a CSV of candidates (UTF-8, header row, up to CANDIDATE_IMPORT_MAX_BYTES); a job upserts them by email',
    description: 'Columns: full_name, email (required), phone, city, region, country_code, years_experience, education_level, skills (separated by ; or |), primary_skill, desired_salary, desired_salary_currency, desired_position, seeking_status, preferred_employment_type, languages, availability, source, marketing_consent (true/false/yes/no). Columns starting with "_" are ignored. Poll GET /api/candidates/imports/{id}.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiAcceptedResponse({ type: CandidateImportDto })
  create(@UploadedFile() file: Express.Multer.File | undefined, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.imports.create(file, principal, ip);
  }

  @Get()
  @ApiOperation({ operationId: 'listCandidateImports', summary: 'Imports, newest first' })
  @ApiOkResponse({ type: CandidateImportPageDto })
  list(@Query() query: PageQuery) {
    return this.imports.list(query.limit ?? 50, query.cursor);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getCandidateImport', summary: 'Status, progress, counts and the first 1000 row errors' })
  @ApiOkResponse({ type: CandidateImportDto })
  get(@IdParam() id: string) {
    return this.imports.get(id);
  }

  @Get(':id/rejected.csv')
  @ApiOperation({ operationId: 'downloadRejectedCandidateRows', summary: 'The rejected rows with their errors, as CSV (fix and upload again)' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' } })
  rejected(@IdParam() id: string) {
    return this.imports.rejectedCsv(id);
  }
}
