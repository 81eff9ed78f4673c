import { Injectable } from '@nestjs/common';
import { ConnectionsService, PlatformConnectionDto, type CreativeImageRef } from '../ads-platforms';
import { FieldError, ProblemException } from '../common/problem';
import { CreativeImagesService } from '../creatives/creative-images.api';
import { AppConfig, InjectConfig } from '../config/config.module';
import { JobForAds, JobsService, todayUtc } from '../jobs';
import { adPlaces } from './advertising-checks/ad-places';
import { blockingErrors, payTransparencyCheck, wordingCheck } from './advertising-checks/advertising-checks';
import { employmentChecks } from './advertising-checks/employment-checks';
import { CampaignInputs } from './campaign-inputs';
import { newPublication } from './campaign-rules';
import { CampaignsRepository } from './campaigns.repository';
import { byPlatformThenName } from './dto/campaign.dto';
import { JobAdvertisingChecksDto } from './dto/advertising-check.dto';
import { CampaignPreviewDto, PreviewCampaignDto, PublicationPreviewDto, SegmentSuggestionDto } from './dto/preview.dto';
import { Campaign } from './entities/campaign.entity';
import { Publication } from './entities/publication.entity';
import { draftWarnings, isHttpsUrl } from './draft-warnings';
import { publicationRuleErrors } from './publish-checks';
import { buildPublishSpec } from './publishing/publish-spec';
import { CampaignSegments } from './targeting/campaign-segments';
import { audienceSize, deriveTargeting } from './targeting/derive-targeting';
import { platformPayload } from './targeting/platform-preview';
import { matchSegment } from './targeting/segment-match';
import { parseTargetingOverrides } from './targeting/targeting-input';
import { FairnessWarnings } from './fairness/fairness-warnings';

/** Placeholders of an unsaved campaign: no publication exists yet to carry a key or a code. */
const PREVIEW_KEY = 'af-preview';
const PREVIEW_CODE = 'preview';

/** What would be sent, per platform, with the compliance verdict; and segment suggestions for a job. */
@Injectable()
export class CampaignPreviewService {
  constructor(
    private readonly repository: CampaignsRepository,
    private readonly inputs: CampaignInputs,
    private readonly jobs: JobsService,
    private readonly connections: ConnectionsService,
    private readonly segments: CampaignSegments,
    private readonly fairness: FairnessWarnings,
    @InjectConfig() private readonly config: AppConfig,
    private readonly images: CreativeImagesService,
  ) {}

  /** A saved campaign, exactly as its publications would be published now. */
  async forCampaign(id: string): Promise<CampaignPreviewDto> {
    const campaign = await this.repository.findCampaign(id);
    if (!campaign) throw new ProblemException(404, `Campaign ${id} does not exist.`);
    const publications = await this.repository.publicationsOf(id);
    const [job, connections, active] = await Promise.all([
      this.jobs.getForAds(campaign.jobId),
      Promise.all(publications.map((p) => this.connections.get(p.connectionId))),
      this.segments.active(),
    ]);
    return {
      audienceSize: Math.max(0, ...publications.map((p) => p.audienceSize)),
      segmentPoolSize: audienceSize(active.filter((s) => campaign.segmentIds.includes(s.id))),
      warnings: [],
      fairnessWarnings: await this.fairness.of(active.filter((s) => campaign.segmentIds.includes(s.id)), publications.map((p) => p.targeting)),
      publications: publications.map((p, i) => this.item(campaign, p, connections[i], job)).sort(byPlatformThenName),
    };
  }

  /**
   * The wizard's unsaved campaign (live previews while typing): answers for any half-filled form
   * whose job, segments and connections exist; what is still missing comes back as `warnings`.
   */
  async forDraft(dto: PreviewCampaignDto): Promise<CampaignPreviewDto> {
    const [job, segments, connections] = await Promise.all([
      this.inputs.job(dto.jobId), this.inputs.segmentsOf(dto.segmentIds), this.inputs.connectionsOf(dto.connectionIds),
    ]);
    const overrides = parseTargetingOverrides(dto.targeting ?? [], new Map(connections.map((c) => [c.id, c.kind])));
    const derived = deriveTargeting(job, segments.map((s) => s.profile));
    const targetings = connections.map((c) => overrides.get(c.id) ?? derived);
    const audiences = await Promise.all(targetings.map((t) => this.segments.audienceFor(segments, t)));
    const warnings = draftWarnings(dto, job);
    const uploaded = await this.draftImage(dto.creative?.imageKey, warnings);
    const image = dto.creative?.imageUrl?.trim();
    const campaign = Object.assign(new Campaign(), {
      id: 'preview', name: dto.name?.trim() || job.title, jobId: job.id, segmentIds: dto.segmentIds, objective: dto.objective ?? 'traffic',
      dailyBudgetMinor: dto.dailyBudgetMinor ?? 0, currency: dto.currency ?? connections[0]?.account.currency ?? 'USD',
      totalBudgetMinor: dto.totalBudgetMinor ?? null, startsAt: dto.startsAt ? new Date(dto.startsAt) : new Date(),
      endsAt: dto.endsAt ? new Date(dto.endsAt) : null,
      creative: {
        headline: dto.creative?.headline?.trim() ?? '', primaryText: dto.creative?.primaryText?.trim() ?? '',
        description: dto.creative?.description?.trim() ?? '', callToAction: dto.creative?.callToAction ?? 'APPLY_NOW',
        // An unfinished URL is only a warning here; it never reaches the platform bodies.
        ...(image && isHttpsUrl(image) ? { imageUrl: image } : {}),
        ...(uploaded ? { image: uploaded } : {}),
      },
    });
    return {
      audienceSize: Math.max(0, ...audiences),
      segmentPoolSize: audienceSize(segments),
      warnings,
      fairnessWarnings: await this.fairness.of(segments, targetings),
      publications: connections.map((c, i) => {
        const publication = Object.assign(new Publication(), newPublication('preview', c, targetings[i], audiences[i]), {
          idempotencyKey: PREVIEW_KEY, trackingCode: PREVIEW_CODE,
        });
        return this.item(campaign, publication, c, job);
      }).sort(byPlatformThenName),
    };
  }

  /** The uploaded image of an unsaved creative; an unknown key is a warning, like everything unfinished here. */
  private async draftImage(key: string | undefined, warnings: FieldError[]): Promise<CreativeImageRef | undefined> {
    if (!key) return undefined;
    try {
      return await this.images.resolve(key, 'creative.imageKey');
    } catch (err) {
      if (!(err instanceof ProblemException)) throw err;
      warnings.push({ field: 'creative.imageKey', message: 'No uploaded image has this key; upload it again.' });
      return undefined;
    }
  }

  /** Active segments ranked by how well their profile fits the job (segment-match.ts). */
  async suggestions(jobId: string): Promise<SegmentSuggestionDto[]> {
    const job = await this.jobs.getForAds(jobId);
    const segments = await this.segments.active();
    return segments
      .map((s) => {
        const m = matchSegment(job, s.profile);
        return {
          segmentId: s.id, name: s.name, size: s.size, share: s.share, score: m.score, skillsScore: m.skills, experienceScore: m.experience,
          locationScore: m.location, matchedSkills: m.matchedSkills, topSkills: s.profile.topSkills.map((k) => k.skill),
          topCountries: s.profile.topCountries.map((c) => c.countryCode), medianExperienceYears: s.profile.experience.median,
          fairnessFlags: s.fairnessFlags,
        };
      })
      .sort((a, b) => b.score - a.score || b.size - a.size);
  }

  /** What the wizard warns about before anything else is chosen: pay transparency where the job is, and its wording. */
  async jobChecks(jobId: string): Promise<JobAdvertisingChecksDto> {
    const job = await this.jobs.getForAds(jobId);
    return { checks: [payTransparencyCheck(job.salary, adPlaces(job, []), todayUtc()), wordingCheck(job)] };
  }

  private item(campaign: Campaign, publication: Publication, connection: PlatformConnectionDto, job: JobForAds): PublicationPreviewDto {
    const spec = buildPublishSpec(campaign, publication, job, this.config.publicBaseUrl);
    const ruleErrors = publicationRuleErrors(spec, connection);
    const fairHiring = [payTransparencyCheck(job.salary, adPlaces(job, [publication.targeting]), todayUtc()), wordingCheck(job, campaign.creative)];
    return {
      connectionId: connection.id, connectionName: connection.name, platform: connection.kind, platformLabel: connection.label,
      isSandbox: connection.isSandbox, targeting: publication.targeting,
      spec: JSON.parse(JSON.stringify(spec)) as Record<string, unknown>,
      payload: safePayload(() => platformPayload(connection.kind, spec, { pageId: connection.account.pageId })),
      // Everything publish would refuse, so an empty list still means "OK to publish".
      violations: [...ruleErrors, ...blockingErrors(fairHiring)],
      checks: [...employmentChecks(connection.kind, ruleErrors), ...fairHiring],
      audienceSize: publication.audienceSize,
    };
  }
}

/** A half-filled form can make a mapper throw (e.g. no budget yet): the preview still answers. */
function safePayload(build: () => Record<string, unknown>): Record<string, unknown> {
  try {
    return build();
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}
