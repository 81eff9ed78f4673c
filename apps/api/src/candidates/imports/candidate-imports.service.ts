import { unlink } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { InjectQueue } from '@nestjs/bull';
import { Injectable, Logger, StreamableFile } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { Queue } from 'bull';
import { DataSource, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Principal } from '../../auth/principal';
import { decodeCursor, Page, toPage } from '../../common/pagination';
import { fieldProblem, ProblemException } from '../../common/problem';
import { CandidateImportDto, CandidateImportSummaryDto, ImportRowErrorDto } from '../dto/candidate-import.dto';
import { CandidateImport } from '../entities/candidate-import.entity';
import { CANDIDATE_IMPORT_QUEUE, CandidateImportJob } from './candidate-import.processor';
import { checkUpload } from './upload-check';
import { MalformedFileError } from './malformed-file.error';
import { rejectedRowsCsv } from './rejected-csv';

const MAX_ERRORS_SHOWN = 1000;

@Injectable()
export class CandidateImportsService {
  private readonly logger = new Logger(CandidateImportsService.name);

  constructor(
    @InjectRepository(CandidateImport) private readonly imports: Repository<CandidateImport>,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(CANDIDATE_IMPORT_QUEUE) private readonly queue: Queue<CandidateImportJob>,
    private readonly audit: AuditService,
  ) {}

  /**
   * Accepts an upload (already on disk in UPLOAD_DIR). What can be judged from the first bytes
   * and the header is refused at once with 422; the rest is the job's work.
   */
  async create(file: Express.Multer.File | undefined, principal: Principal, ip: string): Promise<CandidateImportDto> {
    if (!file) throw fieldProblem(400, 'file', 'is required: send the CSV as multipart/form-data in the field "file"');
    try {
      await checkUpload(file.path);
    } catch (error) {
      await unlink(file.path).catch(() => undefined);
      if (error instanceof MalformedFileError) throw fieldProblem(422, 'file', error.message);
      throw error;
    }
    // eslint-disable-next-line no-control-regex -- control characters are what we strip from the file name
    const fileName = basename(file.originalname || 'upload.csv').replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 255) || 'upload.csv';
    const created = await this.imports.save(
      this.imports.create({ status: 'queued', fileName, filePath: file.path, fileSize: file.size, rowsProcessed: 0, createdCount: 0, updatedCount: 0, unchangedCount: 0, rejectedCount: 0, createdBy: principal.kind === 'session' ? principal.id : null }),
    );
    await this.audit.record({ action: 'candidate_import.created', principal, ip, targetType: 'candidate_import', targetId: created.id, details: { fileName, fileSize: file.size } });
    try {
      await this.queue.add({ importId: created.id }, { jobId: created.id });
    } catch (error) {
      this.logger.error({ importId: created.id, err: error }, 'could not enqueue the import');
      await this.imports.update(created.id, { status: 'failed', error: 'The import could not be queued. Try again in a moment.' });
      await unlink(file.path).catch(() => undefined);
      throw new ProblemException(503, 'The job queue is not available; the import was not started. Try again in a moment.');
    }
    return CandidateImportDto.withErrors(created, []);
  }

  async get(id: string): Promise<CandidateImportDto> {
    const found = await this.find(id);
    const rows: Array<{ row_number: number; errors: Array<{ field: string; message: string }> }> = await this.dataSource.query(
      'SELECT row_number, errors FROM candidate_import_rejections WHERE import_id = $1 ORDER BY row_number LIMIT $2',
      [id, MAX_ERRORS_SHOWN],
    );
    const errors: ImportRowErrorDto[] = rows.flatMap((r) => r.errors.map((e) => ({ row: r.row_number, field: e.field, message: e.message }))).slice(0, MAX_ERRORS_SHOWN);
    return CandidateImportDto.withErrors(found, errors);
  }

  async list(limit: number, cursor?: string): Promise<Page<CandidateImportSummaryDto>> {
    const after = decodeCursor(cursor, 2);
    const qb = this.imports.createQueryBuilder('i').orderBy('i.created_at', 'DESC').addOrderBy('i.id', 'DESC').limit(limit + 1);
    if (after) {
      if (typeof after[0] !== 'string' || Number.isNaN(Date.parse(after[0])) || typeof after[1] !== 'string') throw fieldProblem(400, 'cursor', 'is not a valid cursor');
      qb.where('(i.created_at, i.id) < (:at, :id)', { at: after[0], id: after[1] });
    }
    return toPage(await qb.getMany(), limit, CandidateImportSummaryDto.from, (i) => [i.createdAt.toISOString(), i.id]);
  }

  async rejectedCsv(id: string): Promise<StreamableFile> {
    const found = await this.find(id);
    const name = found.fileName.replace(/\.csv$/i, '').replace(/[^\w.-]+/g, '_');
    return new StreamableFile(Readable.from(rejectedRowsCsv(this.dataSource, id, found.columns ?? [])), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="${name}-rejected.csv"`,
    });
  }

  private async find(id: string): Promise<CandidateImport> {
    const found = await this.imports.findOneBy({ id });
    if (!found) throw new ProblemException(404, `Import ${id} does not exist.`);
    return found;
  }
}
