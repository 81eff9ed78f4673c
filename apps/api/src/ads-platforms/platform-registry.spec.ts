import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { platformPayload } from '../campaigns';
import { flattenValidationErrors } from '../common/validation';
import { AdsPlatformsController } from './ads-platforms.controller';
import type { PlatformKind } from './ads-platform.port';
import { checkCompliance } from './compliance/employment-compliance';
import { defaultAdapterBuilders } from './connections/adapter-builders';
import { initialState, normalizeField, splitFields } from './connections/connection-fields';
import { CreatePlatformConnectionDto, ListPlatformConnectionsQuery, UpdatePlatformConnectionDto } from './connections/dto/connection-input.dto';
import { PLATFORM_KINDS, platformBadge } from './platform-registry';
import { publishSpec } from './test-fixtures';
import { builtLinkedInAdapters } from '../../test/fixtures/fake-linkedin.platform';

// Adding a platform = one more entry in ADS_PLATFORMS: everything below reads the registry.
jest.mock('./platforms', () => {
  const { ADS_PLATFORMS } = jest.requireActual('./platforms');
  const { linkedInPlatform } = jest.requireActual('../../test/fixtures/fake-linkedin.platform');
  return { ADS_PLATFORMS: [...ADS_PLATFORMS, linkedInPlatform] };
});

const LINKEDIN = 'linkedin' as PlatformKind;
const SECTION = { adAccountId: '5123456', accessToken: 'AQX-a-long-enough-linkedin-token' };

async function invalidFields(cls: new () => object, body: object): Promise<string[]> {
  const errors = await validate(plainToInstance(cls, body), { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true });
  return flattenValidationErrors(errors).map((e) => e.field);
}

describe('a fourth ads platform registered in ADS_PLATFORMS', () => {
  it('is a known kind, listed by GET /ads-platforms with its label, fields and rules', () => {
    expect(PLATFORM_KINDS).toEqual(['meta', 'google', 'sandbox', 'linkedin']);
    expect(platformBadge(LINKEDIN)).toEqual({ label: 'LinkedIn', isSandbox: false });
    const listed = new AdsPlatformsController().list().items.find((p) => p.kind === LINKEDIN);
    expect(listed).toMatchObject({
      label: 'LinkedIn', optionLabel: 'LinkedIn Ads', isSandbox: false, needsVerification: true,
      fields: [expect.objectContaining({ name: 'adAccountId', required: true, pattern: '^\\d{1,20}$' }), expect.objectContaining({ name: 'accessToken', secret: true }), expect.anything(), expect.anything()],
      compliance: { minRadiusKm: 10, maxRadiusKm: null, textLimits: { headline: 70, primaryText: 150 } },
    });
    expect(listed!.compliance.rules).toContain('The radius around a city must be at least 10 km.');
  });

  it('create DTO: accepts the kind with its own section, requires it, validates its fields, refuses other sections', async () => {
    expect(await invalidFields(CreatePlatformConnectionDto, { kind: 'linkedin', name: 'L', linkedin: SECTION })).toEqual([]);
    expect(await invalidFields(CreatePlatformConnectionDto, { kind: 'linkedin', name: 'L' })).toEqual(['linkedin']);
    expect(await invalidFields(CreatePlatformConnectionDto, { kind: 'linkedin', name: 'L', linkedin: { ...SECTION, adAccountId: 'abc' } })).toEqual(['linkedin.adAccountId']);
    expect(await invalidFields(CreatePlatformConnectionDto, { kind: 'linkedin', name: 'L', linkedin: { ...SECTION, accessToken: 'short' } })).toEqual(['linkedin.accessToken']);
    expect(await invalidFields(CreatePlatformConnectionDto, { kind: 'meta', name: 'M', linkedin: SECTION })).toEqual(expect.arrayContaining(['linkedin']));
    expect(await invalidFields(CreatePlatformConnectionDto, { kind: 'tiktok', name: 'T' })).toEqual(['kind']);
    expect(await invalidFields(UpdatePlatformConnectionDto, { linkedin: { accessToken: null } })).toEqual(['linkedin.accessToken']);
    expect(await invalidFields(ListPlatformConnectionsQuery, { kind: 'linkedin' })).toEqual([]);
  });

  it('connection fields: stored split into settings and sealed secrets, normalized, starting unverified', () => {
    expect(splitFields(LINKEDIN, { ...SECTION, currency: 'EUR', other: 'x' })).toEqual({
      publicValues: { adAccountId: '5123456', currency: 'EUR' }, secretValues: { accessToken: SECTION.accessToken },
    });
    expect(normalizeField(LINKEDIN, 'adAccountId', ' urn:li:sponsoredAccount:5123456 ')).toBe('5123456');
    expect(initialState(LINKEDIN, {})).toMatchObject({ status: 'unverified', lastVerifiedAt: null });
  });

  it('compliance: the common employment rules plus its own radius and text limits', () => {
    const spec = publishSpec();
    expect(checkCompliance(LINKEDIN, spec)).toEqual([]);
    const narrow = publishSpec({ targeting: { ...spec.targeting, cities: [{ name: 'Austin', countryCode: 'US', radiusKm: 5 }] } });
    expect(checkCompliance(LINKEDIN, narrow)).toEqual([{ field: 'targeting.cities[0].radiusKm', message: 'The radius around Austin must be at least 10 km.' }]);
    const long = publishSpec({ creative: { ...spec.creative, headline: 'x'.repeat(71) } });
    expect(checkCompliance(LINKEDIN, long)).toEqual([{ field: 'creative.headline', message: 'LinkedIn allows at most 70 characters here (this has 71).' }]);
    expect(checkCompliance(LINKEDIN, spec, { genders: [1] }).map((v) => v.field)).toEqual(['targeting.genders']);
  });

  it('preview and adapter come from its descriptor', () => {
    expect(platformPayload(LINKEDIN, publishSpec(), { adAccountId: '5123456' } as { pageId?: string })).toEqual({
      campaign: { account: 'urn:li:sponsoredAccount:5123456', name: publishSpec().name, dailyBudget: 2500 },
      targeting: { skills: ['Nursing', 'Pediatrics'] },
    });
    const builders = defaultAdapterBuilders({ config: { metaApiVersion: 'v25.0' }, sandboxStore: () => { throw new Error('not the sandbox'); }, images: { get: async () => null } });
    const connection = { id: 'c1', kind: LINKEDIN, name: 'L', label: 'LinkedIn', isSandbox: false, status: 'connected' as const, currency: null, timeZone: null, account: {} };
    const adapter = builders[LINKEDIN]({ connection, credentials: SECTION });
    expect(adapter.kind).toBe(LINKEDIN);
    expect(builtLinkedInAdapters).toEqual([SECTION]);
  });

  it('the existing platforms are unchanged', () => {
    expect(platformPayload('sandbox', publishSpec(), {})).toEqual({ note: 'Sandbox: the objects are simulated; nothing is published or spent.' });
    expect(Object.keys(platformPayload('meta', publishSpec(), { pageId: '1' }))).toEqual(['campaign', 'adset', 'creative']);
    expect(Object.keys(platformPayload('google', publishSpec(), {}))).toEqual(['budget', 'campaign', 'ad_group', 'locations', 'keywords', 'responsive_search_ad']);
  });
});
