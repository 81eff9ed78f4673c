import { validateCandidate } from '../../candidates';
import { GeneratedBatch, GeneratedCandidate, GeneratedJob, SyntheticDataGenerator } from '../synthetic-data.port';
import { validateGeneratedJob } from '../validate-generated-job';
import { OfflineGenerator } from './offline-generator';

const CANDIDATE_BATCH = 1000;
const JOB_BATCH = 200;

/** The offline adapter: the seeded generator, in batches, through the same validation as Gemini's items. */
export class OfflineSyntheticData implements SyntheticDataGenerator {
  readonly kind = 'offline' as const;
  // Separate streams: the candidates of a seed do not depend on how many jobs were asked for.
  private readonly jobGenerator: OfflineGenerator;
  private readonly candidateGenerator: OfflineGenerator;

  constructor(seed: number) {
    this.jobGenerator = new OfflineGenerator(seed);
    this.candidateGenerator = new OfflineGenerator(seed);
  }

  async *jobs(count: number): AsyncIterable<GeneratedBatch<GeneratedJob>> {
    for (let done = 0; done < count; done += JOB_BATCH) {
      const items: GeneratedJob[] = [];
      let dropped = 0;
      for (let i = 0; i < Math.min(JOB_BATCH, count - done); i++) {
        const generated = this.jobGenerator.job();
        const { job } = validateGeneratedJob(generated.job);
        if (job) items.push({ ...generated, job });
        else dropped++;
      }
      yield { items, dropped };
    }
  }

  async *candidates(count: number): AsyncIterable<GeneratedBatch<GeneratedCandidate>> {
    for (let done = 0; done < count; done += CANDIDATE_BATCH) {
      const items: GeneratedCandidate[] = [];
      let dropped = 0;
      for (let i = 0; i < Math.min(CANDIDATE_BATCH, count - done); i++) {
        const { createdAt, ...candidate } = this.candidateGenerator.candidate();
        const { value, errors } = validateCandidate(candidate as unknown as Record<string, unknown>);
        if (errors.length) dropped++;
        else items.push({ ...value, createdAt });
      }
      yield { items, dropped };
    }
  }
}
