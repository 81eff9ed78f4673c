import type { PlatformKind } from '../ads-platform.port';
import type { ConnectionFieldSpec } from '../platform-descriptor';
import { platformDescriptor } from '../platform-registry';
import type { PlatformConnection } from './entities/platform-connection.entity';

/**
 * Where each connection field is stored: secrets sealed with SecretBox (only ever returned
 * masked), the rest as public account settings (JSON, returned as is). The platform descriptors
 * declare the fields; the DTOs validate the values.
 */
export type ConnectionStatus = 'unverified' | 'connected' | 'needs_reauth' | 'error';
export const CONNECTION_STATUSES: readonly ConnectionStatus[] = ['unverified', 'connected', 'needs_reauth', 'error'];
export { PLATFORM_KINDS } from '../platform-registry';

export type SecretValues = Partial<Record<string, string>>;
export type PublicValues = Partial<Record<string, string>>;

const fieldsOf = (kind: PlatformKind): readonly ConnectionFieldSpec[] => platformDescriptor(kind).connection.fields;

export function secretFieldNames(kind: PlatformKind): string[] {
  return fieldsOf(kind).filter((f) => f.secret).map((f) => f.name);
}

export function publicFieldNames(kind: PlatformKind): string[] {
  return fieldsOf(kind).filter((f) => !f.secret).map((f) => f.name);
}

/** Changing only these does not touch the credentials, so the connection stays verified. */
export function keepsVerification(kind: PlatformKind, name: string): boolean {
  return fieldsOf(kind).some((f) => f.name === name && f.keepsVerification);
}

/** Real platforms must be verified again after their credentials change; the sandbox has nothing to verify. */
export const needsVerification = (kind: PlatformKind): boolean => !platformDescriptor(kind).connection.startsConnected;

/**
 * Status and settings of a new connection: real platforms start unverified; a platform with
 * nothing to verify (the sandbox) starts connected with its default settings unless told otherwise.
 */
export function initialState(kind: PlatformKind, publicValues: PublicValues): Pick<PlatformConnection, 'status' | 'statusDetail' | 'publicFields' | 'lastVerifiedAt'> {
  const connected = platformDescriptor(kind).connection.startsConnected;
  return connected
    ? { status: 'connected', statusDetail: connected.detail, publicFields: { ...connected.defaults, ...publicValues }, lastVerifiedAt: new Date() }
    : { status: 'unverified', statusDetail: null, publicFields: publicValues, lastVerifiedAt: null };
}

/** Splits submitted values into public settings and secrets; unknown and undefined keys are dropped. */
export function splitFields(kind: PlatformKind, values: Readonly<Record<string, string | undefined>>): { publicValues: PublicValues; secretValues: SecretValues } {
  const pick = (names: readonly string[]) => Object.fromEntries(names.filter((n) => values[n] !== undefined).map((n) => [n, values[n]]));
  return { publicValues: pick(publicFieldNames(kind)), secretValues: pick(secretFieldNames(kind)) };
}

/** Trimmed and in the field's canonical form (Meta ad accounts as `act_<digits>`, Google customer ids as 10 digits). */
export function normalizeField(kind: PlatformKind, name: string, value: string): string {
  const trimmed = value.trim();
  const normalize = fieldsOf(kind).find((f) => f.name === name)?.normalize;
  return normalize ? normalize(trimmed) : trimmed;
}
