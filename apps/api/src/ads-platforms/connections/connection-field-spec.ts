import { PlatformError } from '../platform-error';
import type { AdapterBuildInput, ConnectionFieldSpec } from '../platform-descriptor';

/** Account currency and time zone: every platform reports in the account's currency and calendar days. */
export const LOCALE_FIELDS: readonly ConnectionFieldSpec[] = [
  {
    name: 'currency', label: 'Account currency', secret: false, required: false, placeholder: 'USD', pattern: /^[A-Za-z]{3}$/,
    patternMessage: 'Use a 3-letter ISO code such as USD.', normalize: (v) => v.toUpperCase(), keepsVerification: true,
  },
  {
    name: 'timeZone', label: 'Account time zone', secret: false, required: false, placeholder: 'America/Chicago',
    description: 'IANA name; daily reports use this calendar.', keepsVerification: true,
  },
];

export const DIGITS = /^\d{1,20}$/;
export const NO_SPACES = /^\S+$/;

/** A stored connection lacks a field its adapter needs (should not happen: the DTOs require them). */
export function requiredCredential(input: AdapterBuildInput, field: string): string {
  const value = input.credentials[field];
  if (!value) throw new PlatformError('validation', `The connection "${input.connection.name}" has no ${field}; an admin must add it.`);
  return value;
}
