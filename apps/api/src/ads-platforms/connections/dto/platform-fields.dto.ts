import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length, Matches, registerDecorator, ValidationOptions } from 'class-validator';
import { IsCurrencyCode, toUpperCode } from '../../../common/iso';
import { trim } from '../../../jobs/dto/job-input';

/**
 * The fields an admin enters per platform. Secrets (format: password) are sealed and only ever
 * returned masked; the rest are account settings returned as is. No property initializers: the
 * PATCH variants inherit these classes and must not reset anything.
 */
const NO_SPACES = /^\S+$/;
const META_AD_ACCOUNT = /^(act_)?\d{1,20}$/;
const GOOGLE_CUSTOMER_ID = /^\d{3}-?\d{3}-?\d{4}$/;

function isTimeZone(value: unknown): boolean {
  if (typeof value !== 'string' || !value) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name ("America/Chicago", "UTC"). */
export const IsTimeZone = (options?: ValidationOptions): PropertyDecorator => (target, propertyName) =>
  registerDecorator({
    name: 'isTimeZone', target: target.constructor, propertyName: propertyName as string,
    options: { message: 'must be an IANA time zone (e.g. "America/Chicago")', ...options },
    validator: { validate: isTimeZone },
  });

/** Account currency and time zone: reporting is in the account's currency and calendar days. */
class AccountLocaleFields {
  @ApiPropertyOptional({ example: 'USD', description: 'Account currency (ISO 4217)' })
  @IsOptional() @Transform(toUpperCode) @IsCurrencyCode()
  currency?: string;

  @ApiPropertyOptional({ example: 'America/Chicago', description: 'Account time zone (IANA); insights days are in this zone' })
  @IsOptional() @Transform(trim) @IsTimeZone()
  timeZone?: string;
}

export class MetaFieldsDto extends AccountLocaleFields {
  @ApiPropertyOptional({ example: '1234567890', description: 'Meta app id' })
  @IsOptional() @Transform(trim) @IsString() @Matches(/^\d{1,20}$/, { message: 'must be digits' })
  appId?: string;

  @ApiPropertyOptional({ format: 'password', description: 'Meta app secret (secret; sends appsecret_proof when set)' })
  @IsOptional() @Transform(trim) @IsString() @Length(8, 256) @Matches(NO_SPACES, { message: 'must not contain spaces' })
  appSecret?: string;

  @ApiProperty({ format: 'password', description: 'System-user access token with ads_management and ads_read (secret)' })
  @Transform(trim) @IsString() @Length(20, 2048) @Matches(NO_SPACES, { message: 'must not contain spaces' })
  accessToken: string;

  @ApiProperty({ example: 'act_1234567890', description: 'Ad account id: `act_` + digits, or digits' })
  @Transform(trim) @IsString() @Matches(META_AD_ACCOUNT, { message: 'must be act_ followed by digits, or digits' })
  adAccountId: string;

  @ApiProperty({ example: '100200300400', description: 'Facebook Page the ads run as' })
  @Transform(trim) @IsString() @Matches(/^\d{1,20}$/, { message: 'must be digits' })
  pageId: string;
}

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

export class SandboxFieldsDto extends AccountLocaleFields {}

/** PATCH: only the fields sent are replaced; null clears an optional field, required ones reject it. */
export class UpdateMetaFieldsDto extends PartialType(MetaFieldsDto, { skipNullProperties: false }) {}
export class UpdateGoogleFieldsDto extends PartialType(GoogleFieldsDto, { skipNullProperties: false }) {}
export class UpdateSandboxFieldsDto extends PartialType(SandboxFieldsDto, { skipNullProperties: false }) {}
