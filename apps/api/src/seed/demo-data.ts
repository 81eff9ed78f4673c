import type { ClientBase } from 'pg';
import { CANDIDATE_COLUMNS, CandidateDemographicsWriter, validateCandidate } from '../candidates';
import { copyLine } from '../database/copy-text';
import { OfflineGenerator, validateGeneratedJob } from '../data-generation';
import { insertJobRows, newBulkJob } from '../jobs';
import { DemoDataRepository } from './demo-data.repository';

export interface SeedOptions {
  candidates: number;
  jobs: number;
  seed: number;
  /** Called now and then with rows written so far. */
  onProgress?: (what: 'jobs' | 'candidates', done: number) => void;
}

export interface SeedResult {
  jobs: number;
  candidates: number;
  skipped: number;
}

const LINES_PER_CHUNK = 2000;
/** Above this many rows into an empty table, rebuilding indexes once beats maintaining them per row. */
const REBUILD_INDEXES_FROM = 100_000;

/**
 * Loads synthetic jobs and candidates from the offline generator: jobs through the jobs module's
 * own mapping and bulk insert, as data generation does (replay-safe external refs), candidates streamed into `COPY candidates` in
 * chunks, never all in memory. Large loads into an empty table drop the secondary indexes and
 * rebuild them from their own definitions afterwards, all in one transaction.
 */
export async function seedDemoData(client: ClientBase, options: SeedOptions): Promise<SeedResult> {
  const jobGenerator = new OfflineGenerator(options.seed);
  let jobs = 0;
  for (let done = 0; done < options.jobs; ) {
    const batch = [];
    for (let i = 0; i < 500 && done < options.jobs; i++, done++) {
      const generated = jobGenerator.job();
      const { job } = validateGeneratedJob(generated.job);
      if (job) batch.push(newBulkJob({ ...generated, job, externalRef: `seed:${options.seed}:${done}` }));
    }
    jobs += (await insertJobRows(client, batch)).length;
    options.onProgress?.('jobs', done);
  }
  const { candidates, skipped } = await copyCandidates(client, options);
  // Self-declared, audit-only demographics for the synthetic pool (the fairness audit's input).
  if (candidates > 0) await new CandidateDemographicsWriter(client).fillSynthetic(options.seed);
  return { jobs, candidates, skipped };
}

async function copyCandidates(client: ClientBase, options: SeedOptions): Promise<{ candidates: number; skipped: number }> {
  if (options.candidates === 0) return { candidates: 0, skipped: 0 };
  const generator = new OfflineGenerator(options.seed);
  const columns = [...CANDIDATE_COLUMNS.map((c) => c.name), 'marketing_consent_at', 'created_at', 'updated_at'];
  let written = 0;
  let skipped = 0;
  async function* lines(): AsyncGenerator<string> {
    let chunk = '';
    for (let i = 0; i < options.candidates; i++) {
      const { createdAt, ...generated } = generator.candidate();
      const { value, errors } = validateCandidate(generated as unknown as Record<string, unknown>);
      if (errors.length) {
        skipped++;
        continue;
      }
      const values: unknown[] = CANDIDATE_COLUMNS.map((c) => c.get(value));
      values.push(value.marketingConsent ? createdAt : null, createdAt, createdAt);
      chunk += copyLine(values);
      written++;
      if (written % LINES_PER_CHUNK === 0) {
        yield chunk;
        chunk = '';
        if (written % 50_000 === 0) options.onProgress?.('candidates', written);
      }
    }
    if (chunk) yield chunk;
  }

  try {
    await new DemoDataRepository(client).copyCandidates(columns, lines(), options.candidates >= REBUILD_INDEXES_FROM);
  } catch (error) {
    if ((error as { code?: string }).code === '23505') {
      throw new Error(`Candidates from seed ${options.seed} are already in the database; use another --seed.`);
    }
    throw error;
  }
  options.onProgress?.('candidates', written);
  return { candidates: written, skipped };
}
