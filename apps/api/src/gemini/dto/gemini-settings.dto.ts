import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { OptionalNotNull } from '../../common/validation';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** What an admin may change. The key is write-only: sent here, never returned. */
export class UpdateGeminiSettingsDto {
  @ApiPropertyOptional({ type: String, nullable: true, minLength: 20, maxLength: 200, description: 'Gemini API key; null removes the stored key', example: 'AIzaSyExampleExampleExample0123456789' })
  @IsOptional() @Transform(trim) @IsString() @MinLength(20) @MaxLength(200) @Matches(/^[A-Za-z0-9_-]+$/, { message: 'must contain only letters, digits, "_" and "-"' })
  apiKey?: string | null;

  @ApiPropertyOptional({ maxLength: 100, description: 'One of `models` in GeminiSettingsDto', example: 'gemini-3.5-flash' })
  @OptionalNotNull() @Transform(trim) @IsString() @MaxLength(100)
  model?: string;
}

export class GeminiSettingsDto {
  @ApiProperty({ enum: ['environment', 'settings', 'none'], description: 'Where the key in use comes from: GEMINI_API_KEY wins over the stored key' })
  source: 'environment' | 'settings' | 'none';
  @ApiProperty({ description: 'GEMINI_API_KEY is set: the stored key and model are ignored until it is removed' }) environmentOverrides: boolean;
  @ApiProperty({ description: 'A key is stored in the settings' }) keyStored: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'The stored key masked (•••• and its last 4 characters); never the key' }) keyMask: string | null;
  @ApiProperty({ description: 'The model used now', example: 'gemini-3.5-flash' }) model: string;
  @ApiProperty({ type: [String], description: 'Models an admin may choose (GEMINI_MODELS)' }) models: string[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updatedAt: string | null;
}

export class GeminiTestResultDto {
  @ApiProperty({ description: 'Gemini answered a small JSON request with this key and model' }) ok: boolean;
  @ApiProperty({ enum: ['environment', 'settings', 'none'] }) source: 'environment' | 'settings' | 'none';
  @ApiProperty() model: string;
  @ApiProperty({ type: String, nullable: true, description: 'Why the test failed (never contains the key)' }) problem: string | null;
  @ApiProperty({ description: 'Round trip in milliseconds' }) latencyMs: number;
}
