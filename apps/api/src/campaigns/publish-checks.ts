import { Injectable } from '@nestjs/common';
import { checkCompliance, PlatformConnectionDto, type PublishSpec } from '../ads-platforms';
import { FieldError, ProblemException } from '../common/problem';
import { AppConfig, InjectConfig } from '../config/config.module';
import { JobForAds, JobsService, todayUtc } from '../jobs';
import { CampaignInputs } from './campaign-inputs';
import { Campaign } from './entities/campaign.entity';
import { Publication } from './entities/publication.entity';
import { adPlaces } from './advertising-checks/ad-places';
import { blockingErrors, payTransparencyCheck, wordingCheck } from './advertising-checks/advertising-checks';
import { buildPublishSpec } from './publishing/publish-spec';
import { describeFlags, flaggedOf, uncovered } from './fairness/fairness-override';
import { CampaignSegments } from './targeting/campaign-segments';

/**
 * Everything checked before anything is sent to a platform: the job can be advertised and has an
 * https application URL, the schedule is not over, the connections can publish in the campaign's
 * currency, and every publication passes the employment-ad rules (422 listing each violation).
 */
@Injectable()
export class PublishChecks {
  constructor(
    private readonly jobs: JobsService,
    private readonly inputs: CampaignInputs,
    private readonly segments: CampaignSegments,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /** Only an open job before its closing date may have ads running (409 otherwise). */
  async assertAdvertisable(jobId: string): Promise<JobForAds> {
    const job = await this.jobs.getForAds(jobId);
    if (!job.advertisable) {
      const why = job.status === 'open' ? 'its closing date has passed' : `it is ${job.status}`;
      throw new ProblemException(409, `The job cannot be advertised: ${why}. Only open jobs can have running ads.`, { jobStatus: job.status });
    }
    return job;
  }

  async assertPublishable(campaign: Campaign, publications: Publication[], now = new Date()): Promise<void> {
    const job = await this.assertAdvertisable(campaign.jobId);
    const connections = await this.inputs.connectionsOf(publications.map((p) => p.connectionId));
    const reauth = connections.filter((c) => c.status === 'needs_reauth');
    if (reauth.length) {
      throw new ProblemException(409, `${reauth.map((c) => `${c.label} connection "${c.name}"`).join(', ')} needs new credentials; an admin must reconnect it before publishing.`);
    }
    const errors = [
      ...this.campaignErrors(campaign, job, now), ...this.fairHiringErrors(campaign, publications, job, now), ...(await this.fairnessErrors(campaign)),
      ...this.publicationErrors(campaign, publications, connections, job),
    ];
    if (errors.length) throw new ProblemException(422, errors.map((e) => `${e.field}: ${e.message}`).join(' '), { errors });
  }

  private campaignErrors(campaign: Campaign, job: JobForAds, now: Date): FieldError[] {
    const errors: FieldError[] = [];
    if (!job.applicationUrl || !job.applicationUrl.startsWith('https://')) {
      errors.push({ field: 'job.applicationUrl', message: 'The job needs an https application URL before it can be advertised.' });
    }
    if (campaign.endsAt && campaign.endsAt <= now) errors.push({ field: 'endsAt', message: 'The campaign end is in the past.' });
    return errors;
  }

  /** Pay transparency wherever the publications reach, and explicit exclusions in the ad's wording. */
  private fairHiringErrors(campaign: Campaign, publications: Publication[], job: JobForAds, now: Date): FieldError[] {
    const places = adPlaces(job, publications.map((p) => p.targeting));
    return blockingErrors([payTransparencyCheck(job.salary, places, todayUtc(now)), wordingCheck(job, campaign.creative)]);
  }

  /** Targeted segments the fairness audit flags now, not covered by an admin's override. */
  private async fairnessErrors(campaign: Campaign): Promise<FieldError[]> {
    const targeted = (await this.segments.active()).filter((s) => campaign.segmentIds.includes(s.id));
    const missing = uncovered(flaggedOf(targeted), campaign.fairnessOverride);
    if (missing.length === 0) return [];
    return [{ field: 'fairnessOverride', message: `${describeFlags(missing)}. An admin must override the fairness audit with a reason before publishing.` }];
  }

  private publicationErrors(campaign: Campaign, publications: Publication[], connections: PlatformConnectionDto[], job: JobForAds): FieldError[] {
    const byId = new Map(connections.map((c) => [c.id, c]));
    return publications.flatMap((publication) => {
      const connection = byId.get(publication.connectionId)!;
      const spec = buildPublishSpec(campaign, publication, job, this.config.publicBaseUrl);
      return publicationRuleErrors(spec, connection).map((e) => ({ ...e, message: `${connection.label} "${connection.name}": ${e.message}` }));
    });
  }
}

/**
 * The rules of one publication, as the preview shows them live and publish enforces them:
 * the connection's billing currency, then the employment-ad rules on exactly what would be sent.
 */
export function publicationRuleErrors(spec: PublishSpec, connection: Pick<PlatformConnectionDto, 'kind' | 'account'>): FieldError[] {
  const errors: FieldError[] = [];
  const currency = connection.account.currency;
  if (currency && currency !== spec.currency) {
    errors.push({ field: 'currency', message: `This account bills in ${currency}; the campaign budget is in ${spec.currency}.` });
  }
  return [...errors, ...checkCompliance(connection.kind, spec)];
}
