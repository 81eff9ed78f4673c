import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { trim } from '../../common/text';
import { LOCALE_FIELDS, NO_SPACES } from '../connections/connection-field-spec';
import { AccountLocaleFields } from '../connections/dto/platform-fields.dto';
import type { ConnectionFieldSpec } from '../platform-descriptor';

/** What an admin enters for a Google Ads connection: the form fields and the DTO checking them. */
const GOOGLE_CUSTOMER_ID = /^\d{3}-?\d{3}-?\d{4}$/;
const customerIdDigits = (v: string) => v.replace(/-/g, '');

export const GOOGLE_CONNECTION_FIELDS: readonly ConnectionFieldSpec[] = [
  {
    name: 'customerId', label: 'Customer id', secret: false, required: true, placeholder: '123-456-7890', pattern: GOOGLE_CUSTOMER_ID,
    patternMessage: 'Use 10 digits (dashes allowed).', normalize: customerIdDigits,
  },
  {
    name: 'loginCustomerId', label: 'Manager (login) customer id', secret: false, required: false, placeholder: '987-654-3210', pattern: GOOGLE_CUSTOMER_ID,
    patternMessage: 'Use 10 digits (dashes allowed).', description: 'Only when access goes through a manager account.', normalize: customerIdDigits,
  },
  { name: 'developerToken', label: 'Developer token', secret: true, required: true },
  { name: 'clientId', label: 'OAuth client id', secret: true, required: true },
  { name: 'clientSecret', label: 'OAuth client secret', secret: true, required: true },
  { name: 'refreshToken', label: 'OAuth refresh token', secret: true, required: true },
  ...LOCALE_FIELDS,
];

export class GoogleFieldsDto extends AccountLocaleFields {
  @ApiProperty({ format: 'password', description: 'Google Ads API developer token (secret)' })
  @Transform(trim) @IsString() @Length(8, 256) @Matches(NO_SPACES, { message: 'must not contain spaces' })
  developerToken: string;

  @ApiProperty({ format: 'password', description: 'OAuth client id (stored sealed)' })
  @Transform(trim) @IsString() @Length(8, 256) @Matches(NO_SPACES, { message: 'must not contain spaces' })
  clientId: string;

  @ApiProperty({ format: 'password', description: 'OAuth client secret (secret)' })
  @Transform(trim) @IsString() @Length(8, 256) @Matches(NO_SPACES, { message: 'must not contain spaces' })
  clientSecret: string;

  @ApiProperty({ format: 'password', description: 'OAuth refresh token (secret)' })
  @Transform(trim) @IsString() @Length(8, 2048) @Matches(NO_SPACES, { message: 'must not contain spaces' })
  refreshToken: string;

  @ApiProperty({ example: '123-456-7890', description: 'Customer id, 10 digits with or without dashes' })
  @Transform(trim) @IsString() @Matches(GOOGLE_CUSTOMER_ID, { message: 'must be 10 digits (dashes allowed: 123-456-7890)' })
  customerId: string;

  @ApiPropertyOptional({ example: '987-654-3210', description: 'Manager (MCC) account id when access goes through one' })
  @IsOptional() @Transform(trim) @IsString() @Matches(GOOGLE_CUSTOMER_ID, { message: 'must be 10 digits (dashes allowed: 987-654-3210)' })
  loginCustomerId?: string;
}

/** PATCH: only the fields sent are replaced; null clears an optional field, required ones reject it. */
export class UpdateGoogleFieldsDto extends PartialType(GoogleFieldsDto, { skipNullProperties: false }) {}
