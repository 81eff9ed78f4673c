import { Injectable } from '@nestjs/common';
import { CandidateDemographicsWriter, CandidatesService, CandidateUpserter } from '../candidates';
import { AppConfig, InjectConfig } from '../config/config.module';
import { JobsService } from '../jobs';
import { DataGenerationRunsRepository, GenerationSession } from './data-generation-runs.repository';
import { DataGenerationRun } from './entities/data-generation-run.entity';
import { createGenerator } from './generator-factory';
import type { SyntheticDataGenerator } from './synthetic-data.port';

type Progress = (percent: number) => unknown;

/**
 * Runs one generation: jobs first, then candidates, each batch committed with the run's counters.
 * A retried or re-queued run resumes: the generator replays from its seed, and batches the run
 * row already counts as processed are skipped; anything past that is written again safely (jobs
 * carry external refs `synthetic:<run>:<n>`, candidates are upserted by email), so nothing is
 * stored twice and the created counts stay right.
 */
@Injectable()
export class DataGenerationRunner {
  constructor(
    private readonly runs: DataGenerationRunsRepository,
    private readonly jobs: JobsService,
    private readonly candidates: CandidatesService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async run(runId: string, onProgress: Progress = () => undefined): Promise<void> {
    const run = await this.runs.findById(runId);
    if (!run || run.status === 'completed' || run.status === 'failed') return;
    await this.runs.markRunning(runId);
    const generator = createGenerator(this.config, run.seed);
    const total = Math.max(1, run.jobsRequested + run.candidatesRequested);
    await this.runs.withSession(async (session) => {
      const { jobs, dropped } = await this.generateJobs(run, generator, session, total, onProgress);
      await this.generateCandidates(run, generator, session, jobs, dropped, total, onProgress);
    });
    await this.runs.markCompleted(runId);
    await onProgress(100);
  }

  async fail(runId: string, message: string): Promise<void> {
    await this.runs.markFailed(runId, message);
  }

  private async generateJobs(run: DataGenerationRun, generator: SyntheticDataGenerator, session: GenerationSession, total: number, onProgress: Progress) {
    let jobs = 0;
    let dropped = 0;
    for await (const batch of generator.jobs(run.jobsRequested)) {
      const refs = batch.items.map((item, i) => ({ ...item, externalRef: `synthetic:${run.id}:${jobs + i}` }));
      jobs += batch.items.length + batch.dropped;
      dropped += batch.dropped;
      if (jobs <= run.jobsProcessed) continue; // committed by an earlier attempt
      await session.transaction(async () => {
        const created = await this.jobs.createMany(refs, session.client);
        await this.runs.saveJobsBatch(session.client, run.id, { processed: jobs, created: created.length, dropped });
      });
      await onProgress(Math.floor((jobs / total) * 100));
    }
    return { jobs, dropped };
  }

  private async generateCandidates(
    run: DataGenerationRun, generator: SyntheticDataGenerator, session: GenerationSession, jobs: number, droppedSoFar: number, total: number, onProgress: Progress,
  ): Promise<void> {
    if (run.candidatesRequested === 0) return;
    const upserter = new CandidateUpserter(session.client, 'all');
    await upserter.prepare();
    let processed = 0;
    let dropped = droppedSoFar;
    for await (const batch of generator.candidates(run.candidatesRequested)) {
      const staged = batch.items.map(({ createdAt: _createdAt, ...input }, i) => ({ rowNumber: processed + i + 1, input }));
      processed += batch.items.length + batch.dropped;
      dropped += batch.dropped;
      if (processed <= run.candidatesProcessed) {
        // Committed by an earlier attempt; its row holds the drop total (in-batch duplicates included).
        if (processed === run.candidatesProcessed) dropped = run.itemsDropped;
        continue;
      }
      const outcome = await session.transaction(async () => {
        const result = await upserter.upsert(staged);
        // Audit-only demographics for the new synthetic people (age follows experience: the audit has a proxy to find).
        await new CandidateDemographicsWriter(session.client).fillSynthetic(run.seed, result.created);
        const counts = { processed, created: result.created.length, updated: result.updated.length, dropped: dropped + result.duplicates.length };
        await this.runs.saveCandidatesBatch(session.client, run.id, counts);
        return result;
      });
      dropped += outcome.duplicates.length;
      this.candidates.upserted([...outcome.created, ...outcome.updated]);
      await onProgress(Math.min(99, Math.floor(((jobs + processed) / total) * 100)));
    }
    await upserter.dispose();
  }
}
