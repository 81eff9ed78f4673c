import type { ResponseSchema } from '@google/generative-ai';
import { askGeminiJson, GeminiFailure, type GeminiCall } from '../../gemini/gemini.api';
import { validateCandidate } from '../../candidates';
import type { CountryProfile } from '../offline/countries';
import { OfflineGenerator } from '../offline/offline-generator';
import type { RoleFamily } from '../offline/role-families';
import { GeneratedBatch, GeneratedCandidate, GeneratedJob, GeneratorConfigError, SyntheticDataGenerator } from '../synthetic-data.port';
import { validateGeneratedJob } from '../validate-generated-job';
import { CANDIDATES_SCHEMA, JOBS_SCHEMA } from './gemini-schemas';

export interface GeminiOptions {
  apiKey: string;
  model: string;
  baseUrl?: string;
  timeoutMs: number;
  /** Items asked for per request. */
  batchSize: number;
  seed: number;
  /** Attempts per request before its items are dropped (truncated answers, 429, 5xx, timeouts). */
  maxAttempts?: number;
  retryDelayMs?: number;
}

const DAY = 86_400_000;

/**
 * Gemini adapter (@google/generative-ai, JSON mode with a response schema). The offline
 * generator plans each request (role family and country, drawn with the pool's real
 * distribution) so Gemini adds wording and variety while the mix stays realistic. Every item is
 * validated with the API's own rules; invalid items are dropped and counted. Answers cut short
 * (finishReason other than STOP), rate limits, 5xx and timeouts are retried with backoff.
 * Emails are always ours (example.com), never invented by the model.
 */
export class GeminiGenerator implements SyntheticDataGenerator {
  readonly kind = 'gemini' as const;
  private readonly planner: OfflineGenerator;
  private readonly call: GeminiCall;

  constructor(private readonly options: GeminiOptions) {
    this.planner = new OfflineGenerator(options.seed);
    this.call = {
      apiKey: options.apiKey, model: options.model, baseUrl: options.baseUrl, timeoutMs: options.timeoutMs,
      maxAttempts: options.maxAttempts ?? 3, retryDelayMs: options.retryDelayMs ?? 1000, temperature: 1,
    };
  }

  async *candidates(count: number): AsyncIterable<GeneratedBatch<GeneratedCandidate>> {
    for (let done = 0; done < count; ) {
      const size = Math.min(this.options.batchSize, count - done);
      const { family, country } = this.planner.pickProfile();
      const answer = await this.ask(CANDIDATES_SCHEMA, candidatePrompt(size, family, country));
      const items: GeneratedCandidate[] = [];
      let dropped = size - Math.min(size, answer.length);
      for (const raw of answer.slice(0, size)) {
        const candidate = this.toCandidate(raw, country);
        if (candidate) items.push(candidate);
        else dropped++;
      }
      done += size;
      yield { items, dropped };
    }
  }

  async *jobs(count: number): AsyncIterable<GeneratedBatch<GeneratedJob>> {
    for (let done = 0; done < count; ) {
      const size = Math.min(this.options.batchSize, count - done);
      const { family, country } = this.planner.pickProfile();
      const answer = await this.ask(JOBS_SCHEMA, jobPrompt(size, family, country));
      const items: GeneratedJob[] = [];
      let dropped = size - Math.min(size, answer.length);
      for (const raw of answer.slice(0, size)) {
        const plain = isObject(raw) ? { ...raw, countryCode: country.code } : raw;
        const { job } = isObject(plain) ? validateGeneratedJob(plain) : { job: undefined };
        if (job) items.push({ job, status: 'open', createdAt: new Date(Date.now() - Math.floor(Math.random() * 60 * DAY)) });
        else dropped++;
      }
      done += size;
      yield { items, dropped };
    }
  }

  /** The JSON array Gemini answered, or [] once the attempts are spent (the caller counts the loss). */
  private async ask(schema: ResponseSchema, prompt: string): Promise<unknown[]> {
    try {
      return await askGeminiJson(this.call, schema, prompt, (json) => (Array.isArray(json) ? json : null));
    } catch (error) {
      if (error instanceof GeminiFailure && error.kind === 'config') {
        throw new GeneratorConfigError(`Gemini refused the request (HTTP ${error.status}); check GEMINI_API_KEY and GEMINI_MODEL ("${this.options.model}").`);
      }
      if (error instanceof GeminiFailure) return [];
      throw error;
    }
  }

  private toCandidate(raw: unknown, country: CountryProfile): GeneratedCandidate | null {
    if (!isObject(raw) || typeof raw.fullName !== 'string') return null;
    const { city, region, ...rest } = raw;
    const { value, errors } = validateCandidate({
      ...rest,
      email: this.planner.emailFor(raw.fullName),
      location: { city, region, countryCode: country.code },
      source: 'synthetic',
      marketingConsent: Math.random() < 0.6,
    });
    if (errors.length) return null;
    return { ...value, createdAt: new Date(Date.now() - Math.floor(Math.pow(Math.random(), 1.6) * 730 * DAY)) };
  }
}

function candidatePrompt(n: number, family: RoleFamily, country: CountryProfile): string {
  return [
    `Generate ${n} realistic, fictional job candidates living in ${country.code} (currency ${country.currency}, languages ${country.languages.join(', ')}).`,
    `They work in ${family.department} as ${family.titles.join(' / ')}; typical skills: ${[...family.coreSkills, ...family.optionalSkills].join(', ')}.`,
    `Vary seniority (about ${family.years[0]} years of experience on average), education, salary expectations in local currency, and job-seeking status.`,
    'Use names typical of the country. Do not include emails. Answer with a JSON array only.',
  ].join('\n');
}

function jobPrompt(n: number, family: RoleFamily, country: CountryProfile): string {
  return [
    `Generate ${n} realistic, fictional job openings in ${country.code} (salaries in ${country.currency}, per year).`,
    `Department: ${family.department}; roles like ${family.titles.join(' / ')}; skills like ${[...family.coreSkills, ...family.optionalSkills].join(', ')}.`,
    'Vary seniority, company, city and remote policy. Use fictional company names. Answer with a JSON array only.',
  ].join('\n');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

