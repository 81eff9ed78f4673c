import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNumber, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { IsCountryCode, toUpperCode } from '../../common/iso';

const trimAll = ({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value);
const upperAll = ({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v) => toUpperCode({ value: v })) : value);

export class CityTargetDto {
  @ApiProperty({ example: 'Austin' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)) @IsString() @MinLength(1) @MaxLength(120)
  name: string;

  @ApiProperty({ example: 'US' })
  @Transform(toUpperCode) @IsCountryCode()
  countryCode: string;

  @ApiProperty({ example: 40, description: 'Radius in km; employment ads need ≥ 25 km on Meta, ≥ 1 km on Google' })
  @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(500)
  radiusKm: number;
}

/** Employment-safe targeting of one platform: places, skills (→ interests/keywords), keywords. */
export class TargetingDto {
  @ApiProperty({ type: [String], example: ['US'], description: 'ISO 3166-1 alpha-2' })
  @Transform(upperAll) @IsArray() @ArrayMaxSize(50) @IsCountryCode({ each: true })
  countries: string[];

  @ApiProperty({ type: [CityTargetDto] })
  @IsArray() @ArrayMaxSize(25) @ValidateNested({ each: true }) @Type(() => CityTargetDto)
  cities: CityTargetDto[];

  @ApiProperty({ type: [String], example: ['Nursing'], description: 'Meta interests / Google keywords' })
  @Transform(trimAll) @IsArray() @ArrayMaxSize(25) @IsString({ each: true }) @MinLength(1, { each: true }) @MaxLength(80, { each: true })
  skills: string[];

  @ApiProperty({ type: [String], example: ['registered nurse jobs'], description: 'Extra Google keywords' })
  @Transform(trimAll) @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MinLength(1, { each: true }) @MaxLength(80, { each: true })
  keywords: string[];
}

export class TargetingOverrideDto extends TargetingDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  connectionId: string;
}
