import type { AppConfig } from '../config/app-config';
import { GeminiGenerator } from './gemini/gemini-generator';
import { OfflineSyntheticData } from './offline/offline-synthetic-data';
import type { SyntheticDataGenerator } from './synthetic-data.port';

/** Gemini when GEMINI_API_KEY is set, otherwise the deterministic offline generator. */
export function createGenerator(config: AppConfig, seed: number): SyntheticDataGenerator {
  if (!config.geminiApiKey) return new OfflineSyntheticData(seed);
  return new GeminiGenerator({
    apiKey: config.geminiApiKey, model: config.geminiModel, baseUrl: config.geminiBaseUrl,
    timeoutMs: config.geminiTimeoutMs, batchSize: config.geminiBatchSize, seed,
    retryDelayMs: config.geminiRetryDelayMs,
  });
}

export const generatorKind = (config: AppConfig): 'offline' | 'gemini' => (config.geminiApiKey ? 'gemini' : 'offline');
