import { HttpException, Injectable } from '@nestjs/common';
import { fieldProblem, ProblemException } from '../common/problem';
import { GeminiFailure } from '../gemini/gemini.api';
import { type JobForAds, JobsService } from '../jobs';
import { SegmentsService } from '../segments';
import { buildCopyBrief, type AudienceSegment } from './copy-brief';
import { copyFormat, type CopyFormat, type CopyVariant } from './copy-format';
import { CopywriterFactory } from './copywriters/copywriter.factory';
import type { WrittenCopy } from './copywriters/copywriter.port';
import { CopySuggestionsDto, CopyVariantDto, PlatformCopyDto } from './dto/copy-suggestions.dto';
import { SuggestCopyDto } from './dto/suggest-copy.dto';
import { lintWording } from './wording/wording-lint';

/** Seconds a client should wait after Gemini rate-limited or failed every attempt. */
const GEMINI_RETRY_AFTER_SECONDS = 30;

/** POST /creatives/suggestions: ad copy variants per platform for a job and its audience. */
@Injectable()
export class CreativeSuggestionsService {
  constructor(
    private readonly jobs: JobsService,
    private readonly segments: SegmentsService,
    private readonly copywriters: CopywriterFactory,
  ) {}

  async suggest(dto: SuggestCopyDto): Promise<CopySuggestionsDto> {
    const language = dto.language ?? 'en';
    const [job, audience, { writer, origin }] = await Promise.all([this.job(dto.jobId), this.audience(dto.segmentIds ?? []), this.copywriters.create()]);
    if (origin === 'offline' && language !== 'en') {
      throw fieldProblem(422, 'language', 'the offline generator writes English only; an admin can set a Gemini key in Settings → Integrations');
    }
    const formats = [...new Set(dto.platforms)].map(copyFormat);
    const brief = buildCopyBrief(job, audience, { tone: dto.tone ?? 'professional', language, count: dto.count ?? 3 });
    const written = await this.write(() => writer.write(brief, formats));
    const internship = job.employmentType === 'internship';
    return {
      origin: written.origin, model: written.model, language,
      platforms: formats.map((format) => platformCopy(format, written, internship)),
    };
  }

  private async job(id: string): Promise<JobForAds> {
    try {
      return await this.jobs.getForAds(id);
    } catch (err) {
      if (err instanceof HttpException && err.getStatus() === 404) throw fieldProblem(422, 'jobId', 'does not exist');
      throw err;
    }
  }

  private async audience(ids: readonly string[]): Promise<AudienceSegment[]> {
    if (!ids.length) return [];
    const active = new Map((await this.segments.getActiveSegments()).map((s) => [s.id, s]));
    const missing = ids.filter((id) => !active.has(id));
    if (missing.length) throw fieldProblem(422, 'segmentIds', `not segments of the active segmentation run: ${missing.join(', ')}`);
    return [...new Set(ids)].map((id) => active.get(id)!);
  }

  /** Gemini failures as problems: 503 + Retry-After when it is unavailable, 502 when it answered unusably or refused the key/model. */
  private async write(work: () => Promise<WrittenCopy>): Promise<WrittenCopy> {
    try {
      return await work();
    } catch (err) {
      if (!(err instanceof GeminiFailure)) throw err;
      if (err.kind === 'unavailable') throw new ProblemException(503, `${err.message}; try again shortly.`, { retryAfter: GEMINI_RETRY_AFTER_SECONDS });
      const hint = err.kind === 'config' ? ' An admin should check the key and model in Settings → Integrations.' : ' Try again, or write the copy by hand.';
      throw new ProblemException(502, `${err.message}.${hint}`);
    }
  }
}

function platformCopy(format: CopyFormat, written: WrittenCopy, internship: boolean): PlatformCopyDto {
  const { headline, primaryText, description } = format.fields;
  return {
    platform: format.platform, label: format.label,
    limits: { headline, primaryText, description, counting: format.measure('看') === 2 ? 'double-width' : 'characters' },
    variants: (written.variants.get(format.platform) ?? []).map((v) => withFindings(v, internship)),
  };
}

function withFindings(variant: CopyVariant, internship: boolean): CopyVariantDto {
  const texts = [
    ...variant.headlines.map((text, i) => ({ field: `headlines[${i}]`, text })),
    ...(variant.primaryText ? [{ field: 'primaryText', text: variant.primaryText }] : []),
    ...variant.descriptions.map((text, i) => ({ field: `descriptions[${i}]`, text })),
  ];
  return { ...variant, findings: lintWording(texts, { internship }) };
}
