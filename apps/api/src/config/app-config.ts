import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateCronExpression } from 'cron';
import { isCurrencyCode } from '../common/iso';

/**
 * Environment schema, validated once at boot. Every variable has a local default so a newcomer
 * needs no .env; a bad value stops the process with one message naming each bad variable.
 */
export type AppRole = 'all' | 'api' | 'worker';

/** The currencies the product offers in pickers and accepts as REPORTING_CURRENCY (other ISO 4217 codes are still accepted where a currency is typed). */
export const COMMON_CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'BRL', 'MXN', 'COP', 'INR', 'JPY', 'PLN', 'CHF'] as const;

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  role: AppRole;
  port: number;
  databaseUrl: string;
  /** Connections per process: PostgreSQL runs at most this many of its queries at once. */
  databasePoolSize: number;
  redisUrl: string;
  queuePrefix: string;
  logLevel: string;
  sessionTtlHours: number;
  cookieSecure: boolean;
  encryptionKey: string;
  encryptionKeyId: string;
  /** Retired keys still able to decrypt (APP_ENCRYPTION_OLD_KEYS = `id:base64,id:base64`). */
  encryptionOldKeys: { id: string; key: string }[];
  adminEmail?: string;
  adminPassword?: string;
  seedDemo: boolean;
  bodyLimit: string;
  tokenRateLimitPerMinute: number;
  loginMaxAttemptsPerAccount: number;
  loginMaxAttemptsPerIp: number;
  loginWindowSeconds: number;
  /** Express `trust proxy`: false (default) ignores X-Forwarded-For; hops count, or addresses/CIDRs/loopback of the proxies. */
  trustProxy: boolean | number | string;
  webDistDir?: string;
  geminiApiKey?: string;
  geminiModel: string;
  /** Models an admin may choose in Settings → Integrations (GEMINI_MODELS, comma-separated; always includes geminiModel). */
  geminiModels: string[];
  geminiBaseUrl?: string;
  /** Per-request timeout of Gemini calls. */
  geminiTimeoutMs: number;
  /** Items asked of Gemini per request (smaller = less lost to a truncated answer). */
  geminiBatchSize: number;
  /** First backoff step between Gemini attempts (doubles each time). */
  geminiRetryDelayMs: number;
  /** Where uploads wait for a worker; api and worker must share it (one host, or shared storage). */
  uploadDir: string;
  /** Largest CSV import accepted (bytes); larger uploads get 413. */
  candidateImportMaxBytes: number;
  /** Rows upserted per transaction by the CSV import. */
  candidateImportBatchSize: number;
  /** ISO 4217 currency the CSV import gives a salary written without one (the uploader can pick another). */
  defaultSalaryCurrency: string;
  metaApiVersion: string;
  /** Live updates (GET /api/events/stream): comment line sent this often so proxies keep the stream open. */
  eventsHeartbeatMs: number;
  /** Live events kept in Redis for Last-Event-ID replay after a reconnect. */
  eventsReplaySize: number;
  /** Open live streams one session or token may hold on one API process (more get 429). */
  eventsMaxStreamsPerCaller: number;
  metaGraphBaseUrl?: string;
  metricsSyncCron: string;
  metricsSyncWindowDays: number;
  /** Dashboards add spend from every account in this currency (ISO 4217). */
  reportingCurrency: string;
  segmentationCron?: string;
  reconcileCron: string;
  /** Where this AdFlux is reachable from the internet; ads link to `${publicBaseUrl}/r/<code>`. */
  publicBaseUrl: string;
  /** Notification e-mail through SMTP (`smtp://user:pass@host:587`, `smtps://…`); empty = no e-mail is sent. Never logged. */
  smtpUrl?: string;
  /** From address of notification e-mail. */
  smtpFrom: string;
  /** Bull attempts per publish job (rate limits and transient errors each use one). */
  publishMaxAttempts: number;
  /** Exponential backoff of transient publish errors: first step and cap. */
  publishBackoffBaseMs: number;
  publishBackoffMaxMs: number;
}

type Env = Record<string, string | undefined>;

class EnvReader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  str(name: string, fallback?: string): string {
    const value = this.env[name]?.trim();
    if (value) return value;
    if (fallback === undefined) this.problems.push(`${name} is required`);
    return fallback ?? '';
  }

  optional(name: string): string | undefined {
    return this.env[name]?.trim() || undefined;
  }

  int(name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      this.problems.push(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  }

  bool(name: string, fallback: boolean): boolean {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
    if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
    this.problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
    return fallback;
  }

  url(name: string, fallback: string | undefined, protocols: string[]): string {
    const value = fallback === undefined ? this.optional(name) : this.str(name, fallback);
    if (!value) return '';
    try {
      const parsed = new URL(value);
      if (!protocols.includes(parsed.protocol)) throw new Error('protocol');
    } catch {
      this.problems.push(`${name} must be a ${protocols.join(' or ')} URL`);
    }
    return value;
  }
}

// A fixed development key keeps `npm start` zero-config; production must set its own.
/** Connections per process when DATABASE_POOL_SIZE is not set. */
export const DEFAULT_POOL_SIZE = 20;

const DEV_ENCRYPTION_KEY = 'ZGV2LW9ubHktYWRmbHV4LWVuY3J5cHRpb24ta2V5LTE=';

export class ConfigError extends Error {}

export function loadConfig(env: Env = process.env): AppConfig {
  const r = new EnvReader(env);
  const nodeEnv = r.oneOf('NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const production = nodeEnv === 'production';
  const encryptionKey = r.str('APP_ENCRYPTION_KEY', production ? undefined : DEV_ENCRYPTION_KEY);
  if (encryptionKey && Buffer.from(encryptionKey, 'base64').length !== 32) {
    r.problems.push('APP_ENCRYPTION_KEY must be 32 bytes encoded as base64 (openssl rand -base64 32)');
  }
  const encryptionKeyId = r.str('APP_ENCRYPTION_KEY_ID', 'k1');
  if (!KEY_ID.test(encryptionKeyId)) r.problems.push('APP_ENCRYPTION_KEY_ID must be 1-32 letters, digits, ".", "_" or "-"');
  const encryptionOldKeys = parseOldKeys(r.optional('APP_ENCRYPTION_OLD_KEYS'), encryptionKeyId, r.problems);
  const adminPassword = r.optional('ADMIN_PASSWORD');
  if (adminPassword !== undefined && adminPassword.length < 12) {
    r.problems.push('ADMIN_PASSWORD must be at least 12 characters');
  }
  const config: AppConfig = {
    nodeEnv,
    role: r.oneOf('APP_ROLE', ['all', 'api', 'worker'] as const, 'all'),
    port: r.int('PORT', 3000, 1, 65535),
    databaseUrl: r.url('DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/adflux', ['postgres:', 'postgresql:']),
    databasePoolSize: r.int('DATABASE_POOL_SIZE', DEFAULT_POOL_SIZE, 1, 500),
    redisUrl: r.url('REDIS_URL', 'redis://127.0.0.1:6379/0', ['redis:', 'rediss:']),
    queuePrefix: r.str('QUEUE_PREFIX', 'adflux'),
    logLevel: r.oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    sessionTtlHours: r.int('SESSION_TTL_HOURS', 12, 1, 24 * 30),
    cookieSecure: r.bool('COOKIE_SECURE', production),
    encryptionKey,
    encryptionKeyId,
    encryptionOldKeys,
    adminEmail: r.optional('ADMIN_EMAIL')?.toLowerCase(),
    adminPassword,
    seedDemo: r.bool('SEED_DEMO', true),
    bodyLimit: r.str('BODY_LIMIT', '1mb'),
    tokenRateLimitPerMinute: r.int('API_TOKEN_RATE_LIMIT_PER_MINUTE', 600, 1),
    loginMaxAttemptsPerAccount: r.int('LOGIN_MAX_ATTEMPTS_PER_ACCOUNT', 5, 1),
    loginMaxAttemptsPerIp: r.int('LOGIN_MAX_ATTEMPTS_PER_IP', 30, 1),
    loginWindowSeconds: r.int('LOGIN_WINDOW_SECONDS', 900, 1),
    trustProxy: trustProxySetting(r.optional('TRUST_PROXY')),
    webDistDir: r.optional('WEB_DIST_DIR'),
    geminiApiKey: r.optional('GEMINI_API_KEY'),
    geminiModel: r.str('GEMINI_MODEL', 'gemini-3.5-flash'),
    geminiModels: geminiModels(r.optional('GEMINI_MODELS'), r.str('GEMINI_MODEL', 'gemini-3.5-flash')),
    geminiBaseUrl: r.url('GEMINI_BASE_URL', undefined, ['https:', 'http:']) || undefined,
    geminiTimeoutMs: r.int('GEMINI_TIMEOUT_MS', 60_000, 1000, 600_000),
    geminiBatchSize: r.int('GEMINI_BATCH_SIZE', 20, 1, 100),
    geminiRetryDelayMs: r.int('GEMINI_RETRY_DELAY_MS', 1000, 0, 60_000),
    uploadDir: r.str('UPLOAD_DIR', join(tmpdir(), 'adflux-uploads')),
    candidateImportMaxBytes: r.int('CANDIDATE_IMPORT_MAX_BYTES', 100 * 1024 * 1024, 1024),
    candidateImportBatchSize: r.int('CANDIDATE_IMPORT_BATCH_SIZE', 5000, 1, 50_000),
    defaultSalaryCurrency: r.str('IMPORT_DEFAULT_SALARY_CURRENCY', env.REPORTING_CURRENCY || 'USD').toUpperCase(),
    metaApiVersion: r.str('META_API_VERSION', 'v25.0'),
    eventsHeartbeatMs: r.int('EVENTS_HEARTBEAT_MS', 15_000, 50, 120_000),
    eventsReplaySize: r.int('EVENTS_REPLAY_SIZE', 500, 10, 100_000),
    eventsMaxStreamsPerCaller: r.int('EVENTS_MAX_STREAMS_PER_CALLER', 10, 1, 1000),
    metaGraphBaseUrl: r.url('META_GRAPH_BASE_URL', undefined, ['https:', 'http:']) || undefined,
    metricsSyncCron: r.str('METRICS_SYNC_CRON', '*/30 * * * *'),
    metricsSyncWindowDays: r.int('METRICS_SYNC_WINDOW_DAYS', 3, 1, 90),
    reportingCurrency: r.oneOf('REPORTING_CURRENCY', COMMON_CURRENCIES, 'USD'),
    segmentationCron: r.optional('SEGMENTATION_CRON'),
    reconcileCron: r.str('RECONCILE_CRON', '*/1 * * * *'),
    publicBaseUrl: r.url('PUBLIC_BASE_URL', 'http://localhost:3000', ['https:', 'http:']).replace(/\/+$/, ''),
    smtpUrl: r.url('SMTP_URL', undefined, ['smtp:', 'smtps:']) || undefined,
    smtpFrom: r.str('SMTP_FROM', 'AdFlux <adflux@localhost>'),
    publishMaxAttempts: r.int('PUBLISH_MAX_ATTEMPTS', 10, 1, 100),
    publishBackoffBaseMs: r.int('PUBLISH_BACKOFF_BASE_MS', 5000, 1),
    publishBackoffMaxMs: r.int('PUBLISH_BACKOFF_MAX_MS', 30 * 60_000, 1),
  };
  if (!isCurrencyCode(config.defaultSalaryCurrency)) r.problems.push('IMPORT_DEFAULT_SALARY_CURRENCY must be an ISO 4217 currency code such as "EUR"');
  if (config.segmentationCron && !validateCronExpression(config.segmentationCron).valid) {
    r.problems.push(`SEGMENTATION_CRON must be a cron expression such as "0 3 * * *" (got "${config.segmentationCron}")`);
  }
  if (r.problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  - ${r.problems.join('\n  - ')}`);
  }
  return config;
}

/** TRUST_PROXY: unset/false → trust nobody; true; a hop count; or a list such as `loopback` or `10.0.0.0/8`. */
function trustProxySetting(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw.toLowerCase() === 'false') return false;
  if (raw.toLowerCase() === 'true') return true;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

const KEY_ID = /^[A-Za-z0-9._-]{1,32}$/;

/** `id:base64,id:base64` → retired keys; each must be 32 bytes and differ from the current id. */
function parseOldKeys(raw: string | undefined, currentId: string, problems: string[]): { id: string; key: string }[] {
  if (!raw) return [];
  const keys: { id: string; key: string }[] = [];
  for (const entry of raw.split(',').map((e) => e.trim()).filter(Boolean)) {
    const colon = entry.indexOf(':');
    const id = entry.slice(0, colon);
    const key = entry.slice(colon + 1);
    if (colon < 1 || !KEY_ID.test(id) || Buffer.from(key, 'base64').length !== 32) {
      problems.push('APP_ENCRYPTION_OLD_KEYS must be `id:base64,id:base64` with 32-byte keys');
    } else if (id === currentId || keys.some((k) => k.id === id)) {
      problems.push(`APP_ENCRYPTION_OLD_KEYS repeats the key id "${id}"`);
    } else {
      keys.push({ id, key });
    }
  }
  return keys;
}

let cached: AppConfig | undefined;

/** The process-wide validated configuration (read once). */
export function appConfig(): AppConfig {
  cached ??= loadConfig();
  return cached;
}

/** Tests change env between apps; they reset the cache. */
export function resetAppConfig(): void {
  cached = undefined;
}

export const runsHttp = (role: AppRole) => role === 'all' || role === 'api';
export const runsWorkers = (role: AppRole) => role === 'all' || role === 'worker';

const DEFAULT_GEMINI_MODELS = 'gemini-3.5-flash,gemini-3.5-pro,gemini-2.5-flash,gemini-2.5-pro,gemini-2.5-flash-lite';

/** The admin's model choices: the configured list plus the default model, without duplicates or blanks. */
function geminiModels(raw: string | undefined, defaultModel: string): string[] {
  const listed = (raw ?? DEFAULT_GEMINI_MODELS).split(',').map((m) => m.trim()).filter(Boolean);
  return [...new Set([defaultModel, ...listed])];
}
