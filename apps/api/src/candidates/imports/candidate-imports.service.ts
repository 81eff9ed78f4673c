import { unlink } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { Injectable, Logger, StreamableFile } from '@nestjs/common';
import { AuditService } from '../../audit';
import { Principal } from '../../auth';
import { decodeCursor, Page, toPage } from '../../common/pagination';
import { fieldProblem, ProblemException } from '../../common/problem';
import { AppConfig, InjectConfig } from '../../config/config.module';
import { COMMON_CURRENCIES } from '../../config/app-config';
import { CandidateImportDto, CandidateImportSummaryDto, ImportRowErrorDto } from '../dto/candidate-import.dto';
import { ImportOptionsDto, ImportPreviewDto } from '../dto/import-options.dto';
import { CandidateImport, ImportOptions } from '../entities/candidate-import.entity';
import { CandidateImportQueue } from './candidate-import.queue';
import { CandidateImportsRepository } from './candidate-imports.repository';
import { COLUMN_HELP } from './csv-column-help';
import { importTemplateCsv } from './csv-template';
import { importOptions } from './import-options';
import { previewImport } from './import-preview';
import { checkUpload, readHead } from './upload-check';
import { MalformedFileError } from './malformed-file.error';
import { rejectedRowsCsv } from './rejected-csv';

const MAX_ERRORS_SHOWN = 1000;
/** What a client is told to wait when the job queue is down (Redis usually comes back within seconds). */
const QUEUE_RETRY_AFTER_SECONDS = 10;

const queueUnavailable = () =>
  new ProblemException(503, 'The job queue is not available; the import was not started. Try again in a moment.', { retryAfter: QUEUE_RETRY_AFTER_SECONDS });

@Injectable()
export class CandidateImportsService {
  private readonly logger = new Logger(CandidateImportsService.name);

  constructor(
    private readonly imports: CandidateImportsRepository,
    private readonly queue: CandidateImportQueue,
    private readonly audit: AuditService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /**
   * Accepts an upload (already on disk in UPLOAD_DIR). What can be judged from the first bytes
   * and the header is refused at once with 422; with the job queue down the upload is refused
   * with 503 before anything is written. The file never outlives a refused upload.
   */
  async create(file: Express.Multer.File | undefined, form: ImportOptionsDto, principal: Principal, ip: string): Promise<CandidateImportDto> {
    if (!file) throw fieldProblem(400, 'file', 'is required: send the CSV as multipart/form-data in the field "file"');
    let options: ImportOptions;
    try {
      options = importOptions(form);
      await checkUpload(file.path, options.mapping);
      if (!this.queue.available) throw queueUnavailable();
    } catch (error) {
      await unlink(file.path).catch(() => undefined);
      if (error instanceof MalformedFileError) throw fieldProblem(422, form.mapping ? 'mapping' : 'file', error.message);
      throw error;
    }
    // eslint-disable-next-line no-control-regex -- control characters are what we strip from the file name
    const fileName = basename(file.originalname || 'upload.csv').replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 255) || 'upload.csv';
    const created = await this.imports.createQueued({ fileName, filePath: file.path, fileSize: file.size, createdBy: principal.kind === 'session' ? principal.id : null, options });
    await this.audit.record({ action: 'candidate_import.created', principal, ip, targetType: 'candidate_import', targetId: created.id, details: { fileName, fileSize: file.size, mapped: Boolean(options.mapping) } });
    try {
      await this.queue.enqueue(created.id);
    } catch (error) {
      this.logger.error({ importId: created.id, err: error }, 'could not enqueue the import');
      await this.imports.markFailed(created.id, 'The import could not be queued. Try again in a moment.');
      await unlink(file.path).catch(() => undefined);
      throw queueUnavailable();
    }
    return CandidateImportDto.withErrors(created, []);
  }

  async get(id: string): Promise<CandidateImportDto> {
    const found = await this.find(id);
    const [rejected, warned] = await Promise.all([this.imports.rejections(id, 0, MAX_ERRORS_SHOWN), this.imports.warnings(id, 0, MAX_ERRORS_SHOWN)]);
    return CandidateImportDto.withErrors(found, rowMessages(rejected), rowMessages(warned));
  }

  /**
   * What importing the file would do with its first rows, through the uploader's mapping or the
   * one guessed from the header. Nothing is stored: the file is deleted before answering.
   */
  async preview(file: Express.Multer.File | undefined, form: ImportOptionsDto): Promise<ImportPreviewDto> {
    if (!file) throw fieldProblem(400, 'file', 'is required: send the CSV (or its first 64 KB) as multipart/form-data in the field "file"');
    try {
      const options = importOptions(form);
      const defaultSalaryCurrency = options.defaultSalaryCurrency ?? this.config.defaultSalaryCurrency;
      const preview = previewImport(await readHead(file.path), { mapping: options.mapping, defaultSalaryCurrency });
      return { ...preview, knownColumns: [...COLUMN_HELP], defaultSalaryCurrency, commonCurrencies: [...COMMON_CURRENCIES] };
    } catch (error) {
      if (error instanceof MalformedFileError) throw fieldProblem(422, 'file', error.message);
      throw error;
    } finally {
      await unlink(file.path).catch(() => undefined);
    }
  }

  template(): StreamableFile {
    return new StreamableFile(Buffer.from(importTemplateCsv(), 'utf8'), { type: 'text/csv; charset=utf-8', disposition: 'attachment; filename="adflux-candidates-template.csv"' });
  }

  async list(limit: number, cursor?: string): Promise<Page<CandidateImportSummaryDto>> {
    const after = decodeCursor(cursor, ['timestamp', 'uuid']);
    const rows = await this.imports.page(limit, after && { createdAt: after[0], id: after[1] });
    return toPage(rows, limit, CandidateImportSummaryDto.from, (i) => [i.createdAt.toISOString(), i.id]);
  }

  async rejectedCsv(id: string): Promise<StreamableFile> {
    const found = await this.find(id);
    const name = found.fileName.replace(/\.csv$/i, '').replace(/[^\w.-]+/g, '_');
    return new StreamableFile(Readable.from(rejectedRowsCsv((afterRow, limit) => this.imports.rejections(id, afterRow, limit), found.columns ?? [])), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="${name}-rejected.csv"`,
    });
  }

  private async find(id: string): Promise<CandidateImport> {
    const found = await this.imports.findById(id);
    if (!found) throw new ProblemException(404, `Import ${id} does not exist.`);
    return found;
  }
}

const rowMessages = (rows: ReadonlyArray<{ rowNumber: number; errors: ReadonlyArray<{ field: string; message: string }> }>): ImportRowErrorDto[] =>
  rows.flatMap((r) => r.errors.map((e) => ({ row: r.rowNumber, field: e.field, message: e.message }))).slice(0, MAX_ERRORS_SHOWN);
