import { HttpException, Injectable } from '@nestjs/common';
import { ConnectionsService, PlatformConnectionDto } from '../ads-platforms';
import { fieldProblem } from '../common/problem';
import { isFinal, JobForAds, JobsService } from '../jobs';
import { CampaignSegments, SegmentForCampaign } from './targeting/campaign-segments';

/**
 * Resolves the ids a campaign body refers to (job, segments, connections) into what the rules
 * need, answering 422 naming the field when one does not exist or cannot be used.
 */
@Injectable()
export class CampaignInputs {
  constructor(
    private readonly jobs: JobsService,
    private readonly connections: ConnectionsService,
    private readonly segments: CampaignSegments,
  ) {}

  /** A job that may get (draft) campaigns: any but closed, filled or archived. */
  async job(jobId: string): Promise<JobForAds> {
    const job = await notFoundAs422(() => this.jobs.getForAds(jobId), 'jobId', 'does not exist');
    if (isFinal(job.status)) throw fieldProblem(422, 'jobId', `is ${job.status}: a job that ended cannot be advertised`);
    return job;
  }

  segmentsOf(ids: readonly string[]): Promise<SegmentForCampaign[]> {
    return this.segments.requireActive(ids);
  }

  /** Live (not deleted) connections, in the order given, duplicates removed. */
  async connectionsOf(ids: readonly string[]): Promise<PlatformConnectionDto[]> {
    const unique = [...new Set(ids)];
    const found = await Promise.all(unique.map((id) => notFoundAs422(() => this.connections.get(id), 'connectionIds', `${id} does not exist`)));
    const deleted = found.filter((c) => c.archivedAt);
    if (deleted.length) throw fieldProblem(422, 'connectionIds', `${deleted.map((c) => c.name).join(', ')} was deleted`);
    return found;
  }
}

async function notFoundAs422<T>(fn: () => Promise<T>, field: string, message: string): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof HttpException && err.getStatus() === 404) throw fieldProblem(422, field, message);
    throw err;
  }
}
