import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { trim } from '../../common/text';
import { DIGITS, LOCALE_FIELDS, NO_SPACES } from '../connections/connection-field-spec';
import { AccountLocaleFields } from '../connections/dto/platform-fields.dto';
import type { ConnectionFieldSpec } from '../platform-descriptor';

/** What an admin enters for a Meta connection: the form fields and the DTO checking them. */
const META_AD_ACCOUNT = /^(act_)?\d{1,20}$/;

export const META_CONNECTION_FIELDS: readonly ConnectionFieldSpec[] = [
  {
    name: 'adAccountId', label: 'Ad account id', secret: false, required: true, placeholder: 'act_1234567890', pattern: META_AD_ACCOUNT,
    patternMessage: 'Use act_ followed by digits, or digits.', normalize: (v) => (v.startsWith('act_') ? v : `act_${v}`),
  },
  { name: 'pageId', label: 'Facebook Page id', secret: false, required: true, placeholder: '100200300400', pattern: DIGITS, patternMessage: 'Use digits only.' },
  { name: 'accessToken', label: 'Access token', secret: true, required: true, description: 'A system-user token with ads_management and ads_read.' },
  { name: 'appId', label: 'App id', secret: false, required: false, placeholder: '1234567890', pattern: DIGITS, patternMessage: 'Use digits only.' },
  { name: 'appSecret', label: 'App secret', secret: true, required: false, description: 'Needed when the app requires appsecret_proof.' },
  ...LOCALE_FIELDS,
];

export class MetaFieldsDto extends AccountLocaleFields {
  @ApiPropertyOptional({ example: '1234567890', description: 'Meta app id' })
  @IsOptional() @Transform(trim) @IsString() @Matches(DIGITS, { message: 'must be digits' })
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
  @Transform(trim) @IsString() @Matches(DIGITS, { message: 'must be digits' })
  pageId: string;
}

/** PATCH: only the fields sent are replaced; null clears an optional field, required ones reject it. */
export class UpdateMetaFieldsDto extends PartialType(MetaFieldsDto, { skipNullProperties: false }) {}
