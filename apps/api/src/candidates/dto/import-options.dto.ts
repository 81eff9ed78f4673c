import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsCurrencyCode, toUpperCode } from '../../common/iso';

/** The multipart form of an upload or a preview: the file plus the uploader's choices (text fields). */
export class ImportOptionsDto {
  @ApiPropertyOptional({
    maxLength: 20_000,
    example: '["full_name","email",null,"country_code"]',
    description: 'JSON array, one entry per column of the file in order: the CSV column it feeds (a name from the template, e.g. "seeking_status") or null to ignore it. Without it the header row decides (unknown columns are refused).',
  })
  @IsOptional() @IsString() @MaxLength(20_000)
  mapping?: string;

  @ApiPropertyOptional({ minLength: 3, maxLength: 3, example: 'EUR', description: 'ISO 4217; given to rows with a desired_salary and no currency (default: IMPORT_DEFAULT_SALARY_CURRENCY)' })
  @IsOptional() @Transform(toUpperCode) @IsCurrencyCode()
  defaultSalaryCurrency?: string;
}

export class ImportUploadBodyDto extends ImportOptionsDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'UTF-8 CSV with a header row' }) file: unknown;
}

export class PreviewColumnDto {
  @ApiProperty({ type: 'integer', minimum: 0 }) index: number;
  @ApiProperty({ description: "The file's header cell" }) header: string;
  @ApiProperty({ type: String, nullable: true, description: 'The CSV column it feeds; null = ignored' }) column: string | null;
  @ApiProperty({ description: 'Guessed from the header (no mapping was sent)' }) guessed: boolean;
}

export class PreviewFieldErrorDto {
  @ApiProperty({ example: 'seeking_status' }) field: string;
  @ApiProperty() message: string;
}

export class PreviewRowDto {
  @ApiProperty({ type: 'integer', description: 'Line of the file (the header is line 1)' }) line: number;
  @ApiProperty({ type: [String] }) values: string[];
  @ApiProperty({ enum: ['imported', 'imported_with_warnings', 'rejected'], enumName: 'PreviewRowOutcome' }) outcome: 'imported' | 'imported_with_warnings' | 'rejected';
  @ApiProperty({ type: [PreviewFieldErrorDto], description: 'Why the row would be rejected' }) errors: PreviewFieldErrorDto[];
  @ApiProperty({ type: [PreviewFieldErrorDto], description: 'Optional values that would be left out' }) warnings: PreviewFieldErrorDto[];
}

export class ImportColumnHelpDto {
  @ApiProperty({ example: 'seeking_status' }) name: string;
  @ApiProperty() required: boolean;
  @ApiProperty({ type: [String], nullable: true, description: 'Values of an enumerated column (synonyms are accepted too)' }) allowedValues: string[] | null;
  @ApiProperty() description: string;
}

export class ImportPreviewDto {
  @ApiProperty({ example: ',' }) delimiter: string;
  @ApiProperty({ type: [PreviewColumnDto] }) columns: PreviewColumnDto[];
  @ApiProperty({ type: [String], description: 'Why the file cannot be imported with this mapping; empty when it can' }) problems: string[];
  @ApiProperty({ type: [PreviewRowDto], description: 'The first 10 data rows and what the import would do with each' }) rows: PreviewRowDto[];
  @ApiProperty({ type: [ImportColumnHelpDto], description: 'Every column the importer knows (for a mapping picker)' }) knownColumns: ImportColumnHelpDto[];
  @ApiProperty({ example: 'USD', description: 'The currency given to salaries without one' }) defaultSalaryCurrency: string;
  @ApiProperty({ type: [String], example: ['USD', 'EUR'], description: 'Currencies to offer for salaries without one (any ISO 4217 code is accepted)' })
  commonCurrencies: string[];
}
