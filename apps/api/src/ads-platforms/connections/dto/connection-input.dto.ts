import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, MinLength, registerDecorator, ValidateIf, ValidateNested } from 'class-validator';
import { PageQuery } from '../../../common/pagination';
import { trim } from '../../../common/text';
import type { PlatformKind } from '../../ads-platform.port';
import { allPlatforms, PLATFORM_KINDS } from '../../platform-registry';
import { CONNECTION_STATUSES, ConnectionStatus } from '../connection-fields';
import { declareProperty } from './declare-property';

/**
 * The section named after the kind (`meta`, `google`, ...) carries the platform's fields; on
 * create it is required for its own kind (unless the descriptor says otherwise, like the sandbox)
 * and refused for any other kind. The sections are declared from the registry (see the end of
 * this file), so a new platform needs no edit here.
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
}

export class ListPlatformConnectionsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PLATFORM_KINDS })
  @IsOptional() @IsIn(PLATFORM_KINDS)
  kind?: PlatformKind;

  @ApiPropertyOptional({ enum: CONNECTION_STATUSES })
  @IsOptional() @IsIn(CONNECTION_STATUSES)
  status?: ConnectionStatus;
}

// One body section per registered platform, named after its kind, validated by its own DTO.
for (const { kind, connection } of allPlatforms()) {
  const { createDto, updateDto, sectionRequired } = connection;
  declareProperty(
    CreatePlatformConnectionDto.prototype, kind,
    ApiPropertyOptional({ type: createDto, description: sectionRequired ? `Required when kind is ${kind}` : `Optional account settings when kind is ${kind}` }),
    sectionPresentOr(kind), KindSection(kind, sectionRequired), ValidateNested(), Type(() => createDto),
  );
  declareProperty(UpdatePlatformConnectionDto.prototype, kind, ApiPropertyOptional({ type: updateDto }), IsOptional(), ValidateNested(), Type(() => updateDto));
}
