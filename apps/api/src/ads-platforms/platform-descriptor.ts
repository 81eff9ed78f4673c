import type { Type } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import type { ImageStorage } from '../media';
import type { AdsPlatform, PlatformKind, PublishSpec } from './ads-platform.port';
import type { PlatformComplianceRules } from './compliance/compliance-engine';
import type { ConnectionStatus, PublicValues, SecretValues } from './connections/connection-fields';
import type { SandboxStore } from './sandbox/sandbox-store';

/**
 * Everything AdFlux knows about one ads platform, in one object (meta/meta.platform.ts, ...).
 * The rest of the code iterates over the registry (platform-registry.ts) instead of branching
 * on the kind, so a new platform is a new folder plus one line in platforms.ts.
 */
export interface AdsPlatformDescriptor {
  kind: PlatformKind;
  /** Shown next to every connection and publication ("Meta", "Google Ads", "Sandbox"). */
  label: string;
  /** Shown in the platform picker of the connection form. */
  optionLabel: string;
  /** Simulated: nothing is published or spent. */
  isSandbox: boolean;
  connection: PlatformConnectionSpec;
  compliance: PlatformComplianceRules;
  /** How the campaign form presents targeting for this platform. */
  targeting: { skillsLabel: string; usesKeywords: boolean; adPreview: 'feed' | 'search' };
  /** The request bodies the adapter would send, from its own pure mappers (campaign preview). */
  preview(spec: PublishSpec, account: PublicValues): Record<string, unknown>;
  /** The adapter for one connection, for the duration of a job. */
  createAdapter(input: AdapterBuildInput, deps: AdapterDeps): AdsPlatform;
}

export interface PlatformConnectionSpec {
  /** The fields an admin enters, in form order: where each is stored, how it is checked and shown. */
  fields: readonly ConnectionFieldSpec[];
  /** class-validator DTOs of the body section named after the kind (create, and PATCH with all optional). */
  createDto: Type<object>;
  updateDto: Type<object>;
  /** Create must carry the section (real platforms need credentials). */
  sectionRequired: boolean;
  /** Nothing to verify: a new connection starts connected with these settings. Absent: starts unverified. */
  startsConnected?: { detail: string; defaults: PublicValues };
  /** Shown under the connection form when this kind is chosen. */
  note?: string;
}

export interface ConnectionFieldSpec {
  name: string;
  label: string;
  /** Sealed with SecretBox and only ever returned masked; otherwise an account setting returned as is. */
  secret: boolean;
  required: boolean;
  placeholder?: string;
  description?: string;
  /** Same rule as the DTO, so the SPA can check before sending. */
  pattern?: RegExp;
  patternMessage?: string;
  /** Canonical stored form of a (trimmed) value, e.g. Meta ad accounts as act_<digits>. */
  normalize?: (value: string) => string;
  /** Changing it does not touch the credentials, so the connection stays verified (currency, time zone). */
  keepsVerification?: boolean;
}

/** What callers (the publisher, metrics sync) may know about a connection. No secrets. */
export interface ConnectionInfo {
  id: string;
  kind: PlatformKind;
  name: string;
  /** "Meta", "Google Ads" or "Sandbox". */
  label: string;
  isSandbox: boolean;
  status: ConnectionStatus;
  /** Account currency (ISO 4217) and time zone (IANA) when known. */
  currency: string | null;
  timeZone: string | null;
  account: PublicValues;
}

/** Everything an adapter builder gets: the connection and its opened credentials. */
export interface AdapterBuildInput {
  connection: ConnectionInfo;
  /** Public settings and decrypted secrets of this connection (adAccountId, accessToken, ...). */
  credentials: Readonly<PublicValues & SecretValues>;
}

/** Process-wide services the adapters may use. */
export interface AdapterDeps {
  /** Platform settings from the environment only (never admin-editable, so no setting can send tokens elsewhere). */
  config: Pick<AppConfig, 'metaApiVersion' | 'metaGraphBaseUrl'>;
  /** The simulated platform's object store of one connection. */
  sandboxStore(connectionId: string): SandboxStore;
  /** Uploaded creative images (read to send them to the platform). */
  images: Pick<ImageStorage, 'get'>;
}
