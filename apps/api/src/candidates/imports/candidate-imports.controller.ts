import { Body, Controller, Get, HttpCode, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiAcceptedResponse, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ImportOptionsDto, ImportPreviewDto, ImportUploadBodyDto } from '../dto/import-options.dto';
import { Principal } from '../../auth';
import { ClientIp, CurrentPrincipal } from '../../common/decorators';
import { IdParam } from '../../common/id-param';
import { UploadCleanupInterceptor } from '../../common/upload-cleanup.interceptor';
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
  @UseInterceptors(FileInterceptor('file'), UploadCleanupInterceptor)
  @ApiOperation({
    operationId: 'importCandidates',
    summary: 'Upload a CSV of candidates (UTF-8, header row, up to CANDIDATE_IMPORT_MAX_BYTES); a job upserts them by email',
    description:
      'Columns (GET /api/candidates/imports/template.csv lists them with their allowed values): full_name, email (required), phone, city, region, country_code, years_experience, education_level, skills (separated by ; or |), primary_skill, desired_salary, desired_salary_currency, desired_position, seeking_status, preferred_employment_type, languages, availability, source, marketing_consent (true/false/yes/no). Enumerated values accept common synonyms, case-insensitive (open → passive, phd → doctorate). Columns starting with "_" and rows starting with "#" are ignored. A bad required value rejects the row; a bad optional value is left out with a warning and the row is kept. Send `mapping` (from a preview) to map columns whose names differ. Poll GET /api/candidates/imports/{id}.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ImportUploadBodyDto })
  @ApiAcceptedResponse({ type: CandidateImportDto })
  create(@UploadedFile() file: Express.Multer.File | undefined, @Body() form: ImportOptionsDto, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.imports.create(file, form, principal, ip);
  }

  @Post('preview')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file'), UploadCleanupInterceptor)
  @ApiOperation({
    operationId: 'previewCandidateImport',
    summary: 'What importing a CSV would do with its first rows, and the column mapping guessed from its header (nothing is stored)',
    description: 'Send the file or just its first 64 KB. Send `mapping` to see the outcome of a corrected mapping; pass the same mapping to the upload.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ImportUploadBodyDto })
  @ApiOkResponse({ type: ImportPreviewDto })
  preview(@UploadedFile() file: Express.Multer.File | undefined, @Body() form: ImportOptionsDto) {
    return this.imports.preview(file, form);
  }

  @Get('template.csv')
  @ApiOperation({ operationId: 'downloadCandidateImportTemplate', summary: 'A CSV template: every column, a help line per column with its allowed values, and an example row' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string', maxLength: 100_000 } })
  template() {
    return this.imports.template();
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
