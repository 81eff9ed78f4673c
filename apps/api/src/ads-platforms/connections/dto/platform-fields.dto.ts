import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, registerDecorator, ValidationOptions } from 'class-validator';
import { IsCurrencyCode, toUpperCode } from '../../../common/iso';
import { trim } from '../../../common/text';

/**
 * Validation shared by the platforms' connection DTOs (meta/meta-connection.ts, ...). Secrets
 * (format: password) are sealed and only ever returned masked; the rest are account settings
 * returned as is. No property initializers: the PATCH variants inherit the classes and must not
 * reset anything.
 */

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
export class AccountLocaleFields {
  @ApiPropertyOptional({ example: 'USD', description: 'Account currency (ISO 4217)' })
  @IsOptional() @Transform(toUpperCode) @IsCurrencyCode()
  currency?: string;

  @ApiPropertyOptional({ example: 'America/Chicago', description: 'Account time zone (IANA); insights days are in this zone' })
  @IsOptional() @Transform(trim) @IsTimeZone()
  timeZone?: string;
}
