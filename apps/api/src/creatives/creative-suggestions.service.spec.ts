import { HttpException } from '@nestjs/common';
import { GeminiFailure } from '../gemini/gemini.api';
import type { JobsService } from '../jobs';
import type { SegmentsService } from '../segments';
import { copyFormat } from './copy-format';
import type { CopywriterFactory } from './copywriters/copywriter.factory';
import type { CopyBrief, CopywriterPort } from './copywriters/copywriter.port';
import { CreativeSuggestionsService } from './creative-suggestions.service';
import { jobForAdsFixture, segmentFixture } from './test-fixtures';

const SEGMENT_ID = '00000000-0000-4000-8000-0000000000aa';

function service(writer: CopywriterPort, origin: 'ai' | 'offline' = 'ai') {
  const jobs = { getForAds: async () => jobForAdsFixture({ employmentType: 'internship' }) } as unknown as JobsService;
  const segments = { getActiveSegments: async () => [{ id: SEGMENT_ID, ...segmentFixture('Students', 50, 'active', ['Excel'], 0.5) }] } as unknown as SegmentsService;
  const factory = { create: async () => ({ writer, origin }) } as unknown as CopywriterFactory;
  return new CreativeSuggestionsService(jobs, segments, factory);
}

const status = async (work: Promise<unknown>) => work.then(() => 200, (e: HttpException) => ({ status: e.getStatus(), body: e.getResponse() as Record<string, unknown> }));

describe('CreativeSuggestionsService (copywriter behind its port)', () => {
  it('hands the writer the brief and the formats asked (deduplicated), and lints every variant', async () => {
    let seen: { brief: CopyBrief; platforms: string[] } | undefined;
    const writer: CopywriterPort = {
      write: async (brief, formats) => {
        seen = { brief, platforms: formats.map((f) => f.platform) };
        return { origin: 'ai', model: 'm', variants: new Map([['meta', [{ headlines: ['Young talent wanted'], primaryText: 'For recent graduates.', descriptions: ['Apply'], callToAction: 'APPLY_NOW' }]]]) };
      },
    };
    const out = await service(writer).suggest({ jobId: 'j', segmentIds: [SEGMENT_ID], platforms: ['meta', 'meta'], tone: 'bold' });
    expect(seen!.platforms).toEqual(['meta']);
    expect(seen!.brief).toMatchObject({ tone: 'bold', language: 'en', count: 3, audience: { segments: ['Students'], seeking: 'active', skills: ['Excel'] } });
    expect(out.platforms[0].limits).toEqual({ ...copyFormat('meta').fields, counting: 'characters' });
    // "young" warns; "recent graduates" is fine for an internship.
    expect(out.platforms[0].variants[0].findings.map((f) => f.rule)).toEqual(['age-young']);
  });

  it('turns Gemini failures into 503 (unavailable, with Retry-After) and 502 (bad answer, refused key)', async () => {
    const failing = (kind: GeminiFailure['kind']): CopywriterPort => ({ write: async () => Promise.reject(new GeminiFailure(kind, 'Gemini says no')) });
    expect(await status(service(failing('unavailable')).suggest({ jobId: 'j', platforms: ['meta'] }))).toMatchObject({ status: 503, body: { retryAfter: 30 } });
    expect(await status(service(failing('bad-answer')).suggest({ jobId: 'j', platforms: ['meta'] }))).toMatchObject({ status: 502 });
    expect(await status(service(failing('config')).suggest({ jobId: 'j', platforms: ['meta'] }))).toMatchObject({ status: 502, body: { detail: expect.stringMatching(/Settings → Integrations/) } });
  });

  it('refuses another language offline, and unknown segments, with 422 naming the field', async () => {
    const never: CopywriterPort = { write: async () => { throw new Error('not called'); } };
    expect(await status(service(never, 'offline').suggest({ jobId: 'j', platforms: ['meta'], language: 'fr' }))).toMatchObject({ status: 422, body: { errors: [{ field: 'language' }] } });
    expect(await status(service(never).suggest({ jobId: 'j', platforms: ['meta'], segmentIds: ['nope'] }))).toMatchObject({ status: 422, body: { errors: [{ field: 'segmentIds' }] } });
  });
});
