import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, MinLength, registerDecorator, ValidateIf, ValidateNested } from 'class-validator';
import { PageQuery } from '../../../common/pagination';
import { trim } from '../../../jobs/dto/job-input';
import type { PlatformKind } from '../../ads-platform.port';
import { CONNECTION_STATUSES, ConnectionStatus, PLATFORM_KINDS } from '../connection-fields';
import {
  GoogleFieldsDto, MetaFieldsDto, SandboxFieldsDto, UpdateGoogleFieldsDto, UpdateMetaFieldsDto, UpdateSandboxFieldsDto,
} from './platform-fields.dto';

/**
 * The section named after the kind (`meta`, `google`, `sandbox`) carries the platform's fields;
 * on create it is required for its own kind (sandbox: optional) and refused for any other kind.
 */
function KindSection(kind: PlatformKind, required: boolean): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'kindSection', target: target.constructor, propertyName: propertyName as string,
      options: {
        message: (args) => ((args.object as { kind?: unknown }).kind === kind ? `is required when kind is ${kind}` : `is only allowed when kind is ${kind}`),
      },
      validator: {
        validate: (value: unknown, args) => {
          const sameKind = (args!.object as { kind?: unknown }).kind === kind;
          if (value === undefined) return !(sameKind && required);
          return sameKind && typeof value === 'object' && value !== null && !Array.isArray(value);
        },
      },
    });
}

/** Validated when present, or when its kind requires it (so a missing section is reported). */
const sectionPresentOr = (kind: PlatformKind) => ValidateIf((o: { kind?: unknown }, value: unknown) => value !== undefined || o.kind === kind);

export class CreatePlatformConnectionDto {
  @ApiProperty({ enum: PLATFORM_KINDS })
  @IsIn(PLATFORM_KINDS)
  kind: PlatformKind;

  @ApiProperty({ maxLength: 100, example: 'Meta – Clinic ads' })
  @Transform(trim) @IsString() @MinLength(1) @MaxLength(100)
  name: string;

  @ApiPropertyOptional({ type: MetaFieldsDto, description: 'Required when kind is meta' })
  @sectionPresentOr('meta') @KindSection('meta', true) @ValidateNested() @Type(() => MetaFieldsDto)
  meta?: MetaFieldsDto;

  @ApiPropertyOptional({ type: GoogleFieldsDto, description: 'Required when kind is google' })
  @sectionPresentOr('google') @KindSection('google', true) @ValidateNested() @Type(() => GoogleFieldsDto)
  google?: GoogleFieldsDto;

  @ApiPropertyOptional({ type: SandboxFieldsDto, description: 'Optional account settings when kind is sandbox' })
  @sectionPresentOr('sandbox') @KindSection('sandbox', false) @ValidateNested() @Type(() => SandboxFieldsDto)
  sandbox?: SandboxFieldsDto;
}

/**
 * Rename, or rotate credentials: only the fields sent are replaced (the others stay sealed as
 * they were). Send only the section of the connection's own kind; changing credentials resets
 * the status to unverified.
 */
export class UpdatePlatformConnectionDto {
  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional() @Transform(trim) @IsString() @MinLength(1) @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({ type: UpdateMetaFieldsDto })
  @IsOptional() @ValidateNested() @Type(() => UpdateMetaFieldsDto)
  meta?: UpdateMetaFieldsDto;

  @ApiPropertyOptional({ type: UpdateGoogleFieldsDto })
  @IsOptional() @ValidateNested() @Type(() => UpdateGoogleFieldsDto)
  google?: UpdateGoogleFieldsDto;

  @ApiPropertyOptional({ type: UpdateSandboxFieldsDto })
  @IsOptional() @ValidateNested() @Type(() => UpdateSandboxFieldsDto)
  sandbox?: UpdateSandboxFieldsDto;
}

export class ListPlatformConnectionsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PLATFORM_KINDS })
  @IsOptional() @IsIn(PLATFORM_KINDS)
  kind?: PlatformKind;

  @ApiPropertyOptional({ enum: CONNECTION_STATUSES })
  @IsOptional() @IsIn(CONNECTION_STATUSES)
  status?: ConnectionStatus;
}
