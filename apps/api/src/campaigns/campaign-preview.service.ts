import { Injectable } from '@nestjs/common';
import { ConnectionsService, PlatformConnectionDto } from '../ads-platforms';
import { ProblemException } from '../common/problem';
import { AppConfig, InjectConfig } from '../config/config.module';
import { JobForAds, JobsService } from '../jobs';
import { CampaignInputs } from './campaign-inputs';
import { newPublication } from './campaign-rules';
import { CampaignsRepository } from './campaigns.repository';
import { byPlatformThenName } from './dto/campaign.dto';
import { CampaignPreviewDto, PreviewCampaignDto, PublicationPreviewDto, SegmentSuggestionDto } from './dto/preview.dto';
import { Campaign } from './entities/campaign.entity';
import { Publication } from './entities/publication.entity';
import { publicationRuleErrors } from './publish-checks';
import { buildPublishSpec } from './publishing/publish-spec';
import { CampaignSegments } from './targeting/campaign-segments';
import { audienceSize, deriveTargeting } from './targeting/derive-targeting';
import { platformPayload } from './targeting/platform-preview';
import { matchSegment } from './targeting/segment-match';
import { parseTargetingOverrides } from './targeting/targeting-input';

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
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /** A saved campaign, exactly as its publications would be published now. */
  async forCampaign(id: string): Promise<CampaignPreviewDto> {
    const campaign = await this.repository.findCampaign(id);
    if (!campaign) throw new ProblemException(404, `Campaign ${id} does not exist.`);
    const publications = await this.repository.publicationsOf(id);
    const [job, connections] = await Promise.all([
      this.jobs.getForAds(campaign.jobId),
      Promise.all(publications.map((p) => this.connections.get(p.connectionId))),
    ]);
    return {
      audienceSize: Math.max(0, ...publications.map((p) => p.audienceSize)),
      publications: publications.map((p, i) => this.item(campaign, p, connections[i], job)).sort(byPlatformThenName),
    };
  }

  /** The wizard's unsaved campaign (live previews and compliance warnings while typing). */
  async forDraft(dto: PreviewCampaignDto): Promise<CampaignPreviewDto> {
    const [job, segments, connections] = await Promise.all([
      this.inputs.job(dto.jobId), this.inputs.segmentsOf(dto.segmentIds), this.inputs.connectionsOf(dto.connectionIds),
    ]);
    const overrides = parseTargetingOverrides(dto.targeting ?? [], new Map(connections.map((c) => [c.id, c.kind])));
    const derived = deriveTargeting(job, segments.map((s) => s.profile));
    const audience = audienceSize(segments);
    const campaign = Object.assign(new Campaign(), {
      id: 'preview', name: dto.name ?? job.title, jobId: job.id, segmentIds: dto.segmentIds, objective: dto.objective ?? 'traffic',
      dailyBudgetMinor: dto.dailyBudgetMinor ?? 0, currency: dto.currency ?? connections[0]?.account.currency ?? 'USD',
      totalBudgetMinor: dto.totalBudgetMinor ?? null, startsAt: dto.startsAt ? new Date(dto.startsAt) : new Date(),
      endsAt: dto.endsAt ? new Date(dto.endsAt) : null,
      creative: { headline: '', primaryText: '', description: '', callToAction: 'APPLY_NOW' as const, ...dto.creative },
    });
    return {
      audienceSize: audience,
      publications: connections.map((c) => {
        const publication = Object.assign(new Publication(), newPublication('preview', c, overrides.get(c.id) ?? derived, audience), {
          idempotencyKey: PREVIEW_KEY, trackingCode: PREVIEW_CODE,
        });
        return this.item(campaign, publication, c, job);
      }).sort(byPlatformThenName),
    };
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
        };
      })
      .sort((a, b) => b.score - a.score || b.size - a.size);
  }

  private item(campaign: Campaign, publication: Publication, connection: PlatformConnectionDto, job: JobForAds): PublicationPreviewDto {
    const spec = buildPublishSpec(campaign, publication, job, this.config.publicBaseUrl);
    return {
      connectionId: connection.id, connectionName: connection.name, platform: connection.kind, platformLabel: connection.label,
      isSandbox: connection.isSandbox, targeting: publication.targeting,
      spec: JSON.parse(JSON.stringify(spec)) as Record<string, unknown>,
      payload: safePayload(() => platformPayload(connection.kind, spec, { pageId: connection.account.pageId })),
      violations: publicationRuleErrors(spec, connection),
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
