import type { PlatformKind } from '../ads-platform.port';
import type { PlatformConnection } from './entities/platform-connection.entity';

/**
 * Which connection fields are secret (sealed with SecretBox, only ever returned masked) and which
 * are public account settings (stored as JSON, returned as is), per platform. The DTOs validate
 * the values; this table decides where each one is stored.
 */
export type ConnectionStatus = 'unverified' | 'connected' | 'needs_reauth' | 'error';
export const CONNECTION_STATUSES: readonly ConnectionStatus[] = ['unverified', 'connected', 'needs_reauth', 'error'];
export const PLATFORM_KINDS: readonly PlatformKind[] = ['meta', 'google', 'sandbox'];

export const SECRET_FIELDS = {
  meta: ['accessToken', 'appSecret'],
  google: ['developerToken', 'clientId', 'clientSecret', 'refreshToken'],
  sandbox: [],
} as const satisfies Record<PlatformKind, readonly string[]>;

export const PUBLIC_FIELDS = {
  meta: ['appId', 'adAccountId', 'pageId', 'currency', 'timeZone'],
  google: ['customerId', 'loginCustomerId', 'currency', 'timeZone'],
  sandbox: ['currency', 'timeZone'],
} as const satisfies Record<PlatformKind, readonly string[]>;

export type MetaSecretField = (typeof SECRET_FIELDS.meta)[number];
export type GoogleSecretField = (typeof SECRET_FIELDS.google)[number];
export type SecretField = MetaSecretField | GoogleSecretField;
export type PublicField = (typeof PUBLIC_FIELDS)[PlatformKind][number];

export type SecretValues = Partial<Record<SecretField, string>>;
export type PublicValues = Partial<Record<PublicField, string>>;

/** Shown in the API and the SPA next to every connection; sandbox ones are always labelled. */
export const KIND_LABELS: Record<PlatformKind, string> = { meta: 'Meta', google: 'Google Ads', sandbox: 'Sandbox' };

const SANDBOX_DETAIL = 'Simulated platform: nothing is published or spent.';
const SANDBOX_DEFAULTS: PublicValues = { currency: 'USD', timeZone: 'UTC' };

/**
 * Status and settings of a new connection: real platforms start unverified; the sandbox has
 * nothing to verify, so it starts connected with USD/UTC unless told otherwise.
 */
export function initialState(kind: PlatformKind, publicValues: PublicValues): Pick<PlatformConnection, 'status' | 'statusDetail' | 'publicFields' | 'lastVerifiedAt'> {
  return kind === 'sandbox'
    ? { status: 'connected', statusDetail: SANDBOX_DETAIL, publicFields: { ...SANDBOX_DEFAULTS, ...publicValues }, lastVerifiedAt: new Date() }
    : { status: 'unverified', statusDetail: null, publicFields: publicValues, lastVerifiedAt: null };
}

/** Splits submitted values into public settings and secrets; unknown and undefined keys are dropped. */
export function splitFields(kind: PlatformKind, values: Record<string, unknown>): { publicValues: Record<string, unknown>; secretValues: Record<string, unknown> } {
  const pick = (names: readonly string[]) => Object.fromEntries(names.filter((n) => values[n] !== undefined).map((n) => [n, values[n]]));
  return { publicValues: pick(PUBLIC_FIELDS[kind]), secretValues: pick(SECRET_FIELDS[kind]) };
}

/** Canonical forms: Meta ad accounts as `act_<digits>`, Google customer ids as 10 digits. */
export function normalizeField(name: string, value: string): string {
  const trimmed = value.trim();
  if (name === 'adAccountId') return trimmed.startsWith('act_') ? trimmed : `act_${trimmed}`;
  if (name === 'customerId' || name === 'loginCustomerId') return trimmed.replace(/-/g, '');
  if (name === 'currency') return trimmed.toUpperCase();
  return trimmed;
}
