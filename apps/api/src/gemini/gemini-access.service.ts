import { Injectable } from '@nestjs/common';
import { ResponseSchema, SchemaType } from '@google/generative-ai';
import { AuditService } from '../audit';
import { Principal } from '../auth';
import { mask, SecretBox } from '../common/crypto/secret-box';
import { fieldProblem } from '../common/problem';
import { AppConfig, InjectConfig } from '../config/config.module';
import { GeminiSettingsDto, GeminiTestResultDto, UpdateGeminiSettingsDto } from './dto/gemini-settings.dto';
import { askGeminiJson, GeminiFailure, type GeminiCall } from './gemini-json';
import { GeminiSettingsRepository } from './gemini-settings.repository';

/** Authenticated context of the sealed key: a ciphertext copied from elsewhere does not open here. */
const SEAL_CONTEXT = 'gemini_settings';
/** Attempts per Gemini request of a feature (the settings test tries once). */
const ATTEMPTS = 3;

export type GeminiSource = GeminiSettingsDto['source'];

/**
 * Which Gemini key and model the features use: GEMINI_API_KEY (and GEMINI_MODEL) when set, else
 * the key an admin stored in Settings → Integrations (sealed like platform credentials), else
 * none (features fall back to their offline generators). The key is never returned or logged.
 */
@Injectable()
export class GeminiAccess {
  constructor(
    private readonly settings: GeminiSettingsRepository,
    private readonly box: SecretBox,
    private readonly audit: AuditService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /** The call settings to use now, or null when no key is configured anywhere. */
  async current(): Promise<(GeminiCall & { source: GeminiSource }) | null> {
    const base = { baseUrl: this.config.geminiBaseUrl, timeoutMs: this.config.geminiTimeoutMs, maxAttempts: ATTEMPTS, retryDelayMs: this.config.geminiRetryDelayMs };
    if (this.config.geminiApiKey) return { ...base, apiKey: this.config.geminiApiKey, model: this.config.geminiModel, source: 'environment' };
    const row = await this.settings.find({ withKey: true });
    if (!row?.apiKeyCiphertext || !row.keyId) return null;
    const { apiKey } = this.box.open<{ apiKey: string }>({ ciphertext: row.apiKeyCiphertext, keyId: row.keyId }, SEAL_CONTEXT);
    return { ...base, apiKey, model: row.model ?? this.config.geminiModel, source: 'settings' };
  }

  async get(): Promise<GeminiSettingsDto> {
    const row = await this.settings.find();
    const env = !!this.config.geminiApiKey;
    return {
      source: env ? 'environment' : row?.keyId ? 'settings' : 'none',
      environmentOverrides: env,
      keyStored: !!row?.keyId,
      keyMask: row?.apiKeyMask ?? null,
      model: env ? this.config.geminiModel : (row?.model ?? this.config.geminiModel),
      models: this.config.geminiModels,
      updatedAt: row?.updatedAt.toISOString() ?? null,
    };
  }

  async update(dto: UpdateGeminiSettingsDto, principal: Principal, ip: string): Promise<GeminiSettingsDto> {
    if (dto.model !== undefined && !this.config.geminiModels.includes(dto.model)) {
      throw fieldProblem(422, 'model', `must be one of ${this.config.geminiModels.join(', ')}`);
    }
    const values: Parameters<GeminiSettingsRepository['upsert']>[0] = { updatedBy: principal.kind === 'session' ? principal.id : null };
    if (dto.model !== undefined) values.model = dto.model;
    if (dto.apiKey === null) Object.assign(values, { apiKeyCiphertext: null, keyId: null, apiKeyMask: null });
    else if (dto.apiKey !== undefined) {
      const sealed = this.box.seal({ apiKey: dto.apiKey }, SEAL_CONTEXT);
      Object.assign(values, { apiKeyCiphertext: sealed.ciphertext, keyId: sealed.keyId, apiKeyMask: mask(dto.apiKey) });
    }
    await this.settings.upsert(values);
    const key = dto.apiKey === undefined ? 'unchanged' : dto.apiKey === null ? 'removed' : 'replaced';
    await this.audit.record({ action: 'settings.gemini_updated', principal, ip, targetType: 'settings', details: { key, model: dto.model ?? null } });
    return this.get();
  }

  /** One small JSON request with the key and model in use (no retries: the admin sees the first answer). */
  async test(): Promise<GeminiTestResultDto> {
    const access = await this.current();
    const model = access?.model ?? this.config.geminiModel;
    if (!access) return { ok: false, source: 'none', model, problem: 'No Gemini key is configured (GEMINI_API_KEY or Settings → Integrations).', latencyMs: 0 };
    const started = Date.now();
    try {
      const schema: ResponseSchema = { type: SchemaType.OBJECT, properties: { ok: { type: SchemaType.BOOLEAN } }, required: ['ok'] };
      await askGeminiJson({ ...access, maxAttempts: 1 }, schema, 'Answer {"ok": true}.', (json) => ((json as { ok?: unknown })?.ok === true ? true : null));
      return { ok: true, source: access.source, model, problem: null, latencyMs: Date.now() - started };
    } catch (error) {
      const problem = error instanceof GeminiFailure ? error.message : 'Gemini could not be reached';
      return { ok: false, source: access.source, model, problem, latencyMs: Date.now() - started };
    }
  }
}
