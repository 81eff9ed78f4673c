import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../common/pagination';
import { CandidateImport, IMPORT_STATUSES, ImportStatus } from '../entities/candidate-import.entity';

export class ImportProgressDto {
  @ApiProperty({ type: 'integer' }) rowsProcessed: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Estimated from the line count until the import ends' }) totalRows: number | null;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100 }) percent: number;
}

export class ImportCountsDto {
  @ApiProperty({ type: 'integer' }) created: number;
  @ApiProperty({ type: 'integer' }) updated: number;
  @ApiProperty({ type: 'integer', description: 'Rows identical to the stored candidate (a re-run changes nothing)' }) unchanged: number;
  @ApiProperty({ type: 'integer' }) rejected: number;
  @ApiProperty({ type: 'integer', description: 'Rows imported without one or more invalid optional values (see warnings)' }) warned: number;
}

export class ImportRowErrorDto {
  @ApiProperty({ type: 'integer', description: 'Line of the file where the row starts (the header is line 1)' }) row: number;
  @ApiProperty({ example: 'country_code', description: 'CSV column, or "(row)" when the row as a whole is unreadable' }) field: string;
  @ApiProperty({ example: 'must be an ISO 3166-1 alpha-2 country code (e.g. "US")' }) message: string;
}

export class CandidateImportSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: IMPORT_STATUSES, enumName: 'ImportStatus' }) status: ImportStatus;
  @ApiProperty() fileName: string;
  @ApiProperty({ type: 'integer' }) fileSize: number;
  @ApiProperty({ type: ImportProgressDto }) progress: ImportProgressDto;
  @ApiProperty({ type: ImportCountsDto }) counts: ImportCountsDto;
  @ApiProperty({ type: String, nullable: true, description: 'Why the whole file failed (wrong header, not CSV, not UTF-8)' }) error: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Download of the rejected rows with their errors' }) rejectedCsvUrl: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) startedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt: string | null;

  static from(this: void, i: CandidateImport): CandidateImportSummaryDto {
    const percent = i.status === 'completed' ? 100 : i.totalRows ? Math.min(99, Math.floor((i.rowsProcessed / i.totalRows) * 100)) : 0;
    return {
      id: i.id, status: i.status, fileName: i.fileName, fileSize: i.fileSize,
      progress: { rowsProcessed: i.rowsProcessed, totalRows: i.totalRows, percent },
      counts: { created: i.createdCount, updated: i.updatedCount, unchanged: i.unchangedCount, rejected: i.rejectedCount, warned: i.warnedCount },
      error: i.error,
      rejectedCsvUrl: i.rejectedCount > 0 ? `/api/candidates/imports/${i.id}/rejected.csv` : null,
      createdAt: i.createdAt.toISOString(), startedAt: i.startedAt?.toISOString() ?? null, finishedAt: i.finishedAt?.toISOString() ?? null,
    };
  }
}

export class CandidateImportDto extends CandidateImportSummaryDto {
  @ApiProperty({ type: [ImportRowErrorDto], description: 'The first 1000 row errors, in file order' }) errors: ImportRowErrorDto[];
  @ApiProperty({ type: [ImportRowErrorDto], description: 'The first 1000 warnings (optional values left out of imported rows), in file order' }) warnings: ImportRowErrorDto[];

  static withErrors(this: void, i: CandidateImport, errors: ImportRowErrorDto[], warnings: ImportRowErrorDto[] = []): CandidateImportDto {
    return { ...CandidateImportSummaryDto.from(i), errors, warnings };
  }
}

export class CandidateImportPageDto extends PageOf(CandidateImportSummaryDto) {}
