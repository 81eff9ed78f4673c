import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDateString, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ApiToken, TokenScope } from './api-token.entity';

export const TOKEN_SCOPES: TokenScope[] = ['read', 'write'];

export class CreateApiTokenDto {
  @ApiProperty({ example: 'Greenhouse sync', maxLength: 100 })
  @IsString() @MinLength(1) @MaxLength(100)
  name: string;

  @ApiProperty({ enum: TOKEN_SCOPES, isArray: true, example: ['read'] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(2) @IsIn(TOKEN_SCOPES, { each: true })
  scopes: TokenScope[];

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional() @IsDateString()
  expiresAt?: string;
}

export class ApiTokenDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'First characters of the secret' }) prefix: string;
  @ApiProperty({ enum: TOKEN_SCOPES, isArray: true }) scopes: TokenScope[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastUsedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revokedAt: string | null;

  static from(this: void, t: ApiToken): ApiTokenDto {
    return {
      id: t.id, name: t.name, prefix: t.prefix, scopes: t.scopes, createdAt: t.createdAt.toISOString(),
      expiresAt: t.expiresAt?.toISOString() ?? null, lastUsedAt: t.lastUsedAt?.toISOString() ?? null, revokedAt: t.revokedAt?.toISOString() ?? null,
    };
  }
}

export class CreatedApiTokenDto {
  @ApiProperty({ type: ApiTokenDto }) token: ApiTokenDto;
  @ApiProperty({ description: 'The secret, shown only this once' }) secret: string;
}
