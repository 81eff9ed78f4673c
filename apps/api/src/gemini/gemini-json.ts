import { GoogleGenerativeAI, GoogleGenerativeAIFetchError, ResponseSchema } from '@google/generative-ai';
import { Logger } from '@nestjs/common';

/** Which key and model to call Gemini with, and where (GeminiAccess resolves it from env or settings). */
export interface GeminiCall {
  apiKey: string;
  model: string;
  baseUrl?: string;
  timeoutMs: number;
  /** Attempts before giving up on 429, 5xx, timeouts and unusable answers. */
  maxAttempts: number;
  /** First backoff step; doubles each attempt. */
  retryDelayMs: number;
  /** Sampling temperature (default 0.9). */
  temperature?: number;
}

/**
 * Why a Gemini call failed: `config` (400/401/403/404: the key or model is wrong, retrying cannot
 * help), `unavailable` (429/5xx/network until the attempts ran out), `bad-answer` (truncated,
 * blocked, not JSON or not the expected shape every time).
 */
export class GeminiFailure extends Error {
  override readonly name = 'GeminiFailure';
  constructor(readonly kind: 'config' | 'unavailable' | 'bad-answer', message: string, readonly status?: number) {
    super(message);
  }
}

const CONFIG_STATUSES = new Set([400, 401, 403, 404]);
const logger = new Logger('GeminiJson');

/**
 * One JSON-mode request with a response schema, retried with exponential backoff. The package has
 * no retries and truncates silently, so finishReason must be STOP and the text must parse;
 * `accept` checks the shape (returning null asks again). Never logs the key or the prompt.
 */
export async function askGeminiJson<T>(call: GeminiCall, schema: ResponseSchema, prompt: string, accept: (json: unknown) => T | null): Promise<T> {
  const model = new GoogleGenerativeAI(call.apiKey).getGenerativeModel(
    { model: call.model, generationConfig: { responseMimeType: 'application/json', responseSchema: schema, temperature: call.temperature ?? 0.9, maxOutputTokens: 8192 } },
    { baseUrl: call.baseUrl, timeout: call.timeoutMs },
  );
  let last: GeminiFailure = new GeminiFailure('unavailable', 'Gemini was not called');
  for (let attempt = 1; attempt <= call.maxAttempts; attempt++) {
    try {
      const { response } = await model.generateContent(prompt);
      const finishReason = response.candidates?.[0]?.finishReason;
      if (response.promptFeedback?.blockReason) last = new GeminiFailure('bad-answer', `Gemini blocked the request (${response.promptFeedback.blockReason})`);
      else if (finishReason !== 'STOP') last = new GeminiFailure('bad-answer', `Gemini's answer was cut short (finishReason ${finishReason ?? 'missing'})`);
      else {
        const value = accept(JSON.parse(response.text()) as unknown);
        if (value !== null) return value;
        last = new GeminiFailure('bad-answer', 'Gemini answered JSON of an unexpected shape');
      }
    } catch (error) {
      last = classify(error, call.model);
      if (last.kind === 'config') throw last;
    }
    logger.warn({ attempt, attempts: call.maxAttempts, problem: last.message }, 'Gemini answer unusable');
    if (attempt < call.maxAttempts) await sleep(call.retryDelayMs * 2 ** (attempt - 1));
  }
  throw last;
}

function classify(error: unknown, model: string): GeminiFailure {
  if (error instanceof SyntaxError) return new GeminiFailure('bad-answer', 'Gemini answered text that is not valid JSON');
  const status = (error as GoogleGenerativeAIFetchError).status;
  if (status !== undefined && CONFIG_STATUSES.has(status)) {
    return new GeminiFailure('config', `Gemini refused the request (HTTP ${status}); check the API key and the model ("${model}")`, status);
  }
  const reason = status !== undefined ? `HTTP ${status}` : (error as Error).name;
  return new GeminiFailure('unavailable', `Gemini is unavailable (${reason})`, status);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
