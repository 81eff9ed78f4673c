import nock from 'nock';
import { enums } from 'google-ads-api';
import { publishSpec } from '../test-fixtures';
import { useGlobalFetchForGoogleAuth } from './google-auth.test-support';
import { validateResponsiveSearchAd } from './google-creative';
import { decodedFailure, googleHarness } from './google-ads.test-support';

const ADS = 'https://googleads.googleapis.com';
const STREAM = '/v25/customers/1234567890/googleAds:searchStream';
const CAMPAIGN = 'customers/1234567890/campaigns/555';
const AD_GROUP = 'customers/1234567890/adGroups/777';
const BUDGET = 'customers/1234567890/campaignBudgets/111';

const h = googleHarness({ refreshToken: 'refresh-adapter-spec-0001' });

/** Answers the next GAQL query with these rows (camelCase, as the REST API sends them). */
function gaqlReply(expectQuery: RegExp, results: object[]) {
  nock('https://oauth2.googleapis.com').post('/token').optionally().reply(200, { access_token: 'ya29.test-access', expires_in: 3600, token_type: 'Bearer' });
  nock(ADS).post(STREAM, (body: { query: string }) => expectQuery.test(body.query)).reply(200, [{ results, fieldMask: '', requestId: 'r1' }]);
}

beforeAll(() => {
  useGlobalFetchForGoogleAuth();
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  h.mutations.length = 0;
  h.replies.length = 0;
  expect(pending).toEqual([]);
});
afterAll(() => nock.enableNetConnect());

describe('GoogleAdsAdapter publishing steps (mutations at the library boundary)', () => {
  it('budget: STANDARD, not shared, amount_micros = minor × 10^4 for USD', async () => {
    h.replies.push([BUDGET]);
    await expect(h.adapter.runStep('budget', publishSpec(), {})).resolves.toBe(BUDGET);
    expect(h.mutations).toEqual([[{
      entity: 'campaign_budget',
      operation: 'create',
      resource: { name: 'Registered Nurse – Austin – budget [af-1a2b3c4d]', amount_micros: 25_000_000, delivery_method: enums.BudgetDeliveryMethod.STANDARD, explicitly_shared: false },
    }]]);
  });

  it('budget: JPY has no minor digits, so ¥5000 is 5 000 000 000 micros', async () => {
    h.replies.push([BUDGET]);
    await h.adapter.runStep('budget', publishSpec({ currency: 'JPY', dailyBudgetMinor: 5000 }), {});
    expect((h.mutations[0][0].resource as { amount_micros: number }).amount_micros).toBe(5_000_000_000);
  });

  it('campaign: SEARCH, PAUSED, network settings, EU political declaration, maximize clicks, v25 date-times', async () => {
    h.replies.push([CAMPAIGN]);
    await expect(h.adapter.runStep('campaign', publishSpec(), { budget: BUDGET })).resolves.toBe(CAMPAIGN);
    expect(h.mutations[0]).toEqual([{
      entity: 'campaign',
      operation: 'create',
      resource: {
        name: 'Registered Nurse – Austin [af-1a2b3c4d]',
        advertising_channel_type: enums.AdvertisingChannelType.SEARCH,
        status: enums.CampaignStatus.PAUSED,
        campaign_budget: BUDGET,
        network_settings: { target_google_search: true, target_search_network: true, target_content_network: false, target_partner_search_network: false },
        contains_eu_political_advertising: enums.EuPoliticalAdvertisingStatus.DOES_NOT_CONTAIN_EU_POLITICAL_ADVERTISING,
        target_spend: {},
        start_date_time: '2026-12-01 08:00:00',
        end_date_time: '2026-12-31 08:00:00',
      },
    }]);
    expect(enums.CampaignStatus.PAUSED).toBe(3); // numbers, not names: names would encode as UNSPECIFIED
  });

  it('campaign: manual CPC, account time zone, and no start_date_time once the start has passed', async () => {
    const manual = googleHarness({ refreshToken: 'refresh-adapter-spec-0002', accountTimeZone: 'America/Chicago', bidding: { strategy: 'manual_cpc', cpcBidMinor: 150 } }, new Date('2026-12-05T00:00:00Z'));
    manual.replies.push([CAMPAIGN], [AD_GROUP]);
    await manual.adapter.runStep('campaign', publishSpec(), { budget: BUDGET });
    await manual.adapter.runStep('adgroup', publishSpec(), { budget: BUDGET, campaign: CAMPAIGN });
    const campaign = manual.mutations[0][0].resource as Record<string, unknown>;
    expect(campaign).toMatchObject({ manual_cpc: {}, end_date_time: '2026-12-31 02:00:00' });
    expect(campaign).not.toHaveProperty('start_date_time');
    expect(campaign).not.toHaveProperty('target_spend');
    expect(manual.mutations[1][0].resource).toMatchObject({ cpc_bid_micros: 1_500_000 });
  });

  it('campaign: a re-sent create hitting DUPLICATE_CAMPAIGN_NAME adopts the existing campaign found by GAQL', async () => {
    h.replies.push(decodedFailure({ errors: [{ error_code: { campaign_error: 'DUPLICATE_CAMPAIGN_NAME' }, message: 'Campaign name already exists.' }] }));
    gaqlReply(/^SELECT campaign\.resource_name FROM campaign WHERE campaign\.name = 'Registered Nurse – Austin \[af-1a2b3c4d\]' AND campaign\.status != 'REMOVED'$/,
      [{ campaign: { resourceName: CAMPAIGN } }]);
    await expect(h.adapter.runStep('campaign', publishSpec(), { budget: BUDGET })).resolves.toBe(CAMPAIGN);
  });

  it('budget: DUPLICATE_NAME but no budget found by name → the original validation error', async () => {
    h.replies.push(decodedFailure({ errors: [{ error_code: { campaign_budget_error: 'DUPLICATE_NAME' }, message: 'A budget with this name already exists.' }] }));
    gaqlReply(/^SELECT campaign_budget\.resource_name FROM campaign_budget WHERE campaign_budget\.name = 'Registered Nurse – Austin – budget \[af-1a2b3c4d\]'/, []);
    await expect(h.adapter.runStep('budget', publishSpec(), {})).rejects.toMatchObject({ kind: 'validation', platformCode: 'campaign_budget_error.DUPLICATE_NAME' });
  });

  it('adgroup: SEARCH_STANDARD, enabled, under the campaign', async () => {
    h.replies.push([AD_GROUP]);
    await expect(h.adapter.runStep('adgroup', publishSpec(), { budget: BUDGET, campaign: CAMPAIGN })).resolves.toBe(AD_GROUP);
    expect(h.mutations[0]).toEqual([{
      entity: 'ad_group',
      operation: 'create',
      resource: { name: 'Registered Nurse – Austin – ad group [af-1a2b3c4d]', campaign: CAMPAIGN, status: enums.AdGroupStatus.ENABLED, type: enums.AdGroupType.SEARCH_STANDARD },
    }]);
  });

  it('criteria: city proximity (cities narrow their country) + PHRASE keywords from title and skills, one atomic mutate', async () => {
    gaqlReply(/FROM campaign_criterion WHERE campaign\.resource_name = 'customers\/1234567890\/campaigns\/555'/, []);
    const created = ['customers/1234567890/campaignCriteria/555~1', 'customers/1234567890/adGroupCriteria/777~2'];
    h.replies.push(created);
    const spec = publishSpec();
    await expect(h.adapter.runStep('criteria', spec, { campaign: CAMPAIGN, adgroup: AD_GROUP })).resolves.toBe(created[0]);
    const ops = h.mutations[0];
    expect(ops[0]).toEqual({
      entity: 'campaign_criterion',
      operation: 'create',
      resource: { campaign: CAMPAIGN, proximity: { address: { city_name: 'Austin', country_code: 'US' }, radius: 30, radius_units: enums.ProximityRadiusUnits.KILOMETERS } },
    });
    const keywords = ops.slice(1).map((op) => (op.resource as { keyword: { text: string; match_type: number } }).keyword);
    expect(keywords.map((k) => k.text)).toEqual(['registered nurse', 'registered nurse jobs', 'rn jobs', 'nursing jobs', 'pediatrics jobs']);
    expect(keywords.every((k) => k.match_type === enums.KeywordMatchType.PHRASE)).toBe(true);
    expect(ops.slice(1).every((op) => op.entity === 'ad_group_criterion' && (op.resource as { ad_group: string }).ad_group === AD_GROUP)).toBe(true);
    expect(JSON.stringify(ops)).not.toMatch(/age_range|gender|parental|income|postal|user_list/);
  });

  it('criteria: countries become geo target constants (US 2840, DE 2276)', async () => {
    gaqlReply(/FROM campaign_criterion/, []);
    h.replies.push(['a', 'b']);
    await h.adapter.runStep('criteria', publishSpec({ targeting: { countries: ['US', 'DE'], cities: [], skills: [], keywords: [] } }), { campaign: CAMPAIGN, adgroup: AD_GROUP });
    expect(h.mutations[0].slice(0, 2).map((op) => op.resource)).toEqual([
      { campaign: CAMPAIGN, location: { geo_target_constant: 'geoTargetConstants/2840' } },
      { campaign: CAMPAIGN, location: { geo_target_constant: 'geoTargetConstants/2276' } },
    ]);
  });

  it('criteria: a country missing from the geo table is a validation error, nothing mutated', async () => {
    gaqlReply(/FROM campaign_criterion/, []);
    const spec = publishSpec({ targeting: { countries: ['IS'], cities: [], skills: [], keywords: [] } });
    await expect(h.adapter.runStep('criteria', spec, { campaign: CAMPAIGN, adgroup: AD_GROUP })).rejects.toMatchObject({ kind: 'validation', message: expect.stringContaining('"IS"') });
    expect(h.mutations).toEqual([]);
  });

  it('criteria: adopts locations an earlier attempt created (the mutate is atomic), no second mutate', async () => {
    gaqlReply(/FROM campaign_criterion/, [{ campaignCriterion: { resourceName: 'customers/1234567890/campaignCriteria/555~1' } }]);
    await expect(h.adapter.runStep('criteria', publishSpec(), { campaign: CAMPAIGN, adgroup: AD_GROUP })).resolves.toBe('customers/1234567890/campaignCriteria/555~1');
    expect(h.mutations).toEqual([]);
  });

  it('ad: responsive search ad from google-creative, final URL with UTM, enabled', async () => {
    gaqlReply(/^SELECT ad_group_ad\.resource_name FROM ad_group_ad WHERE ad_group\.resource_name = 'customers\/1234567890\/adGroups\/777'/, []);
    h.replies.push(['customers/1234567890/adGroupAds/777~9']);
    await expect(h.adapter.runStep('ad', publishSpec(), { campaign: CAMPAIGN, adgroup: AD_GROUP })).resolves.toBe('customers/1234567890/adGroupAds/777~9');
    const resource = h.mutations[0][0].resource as { ad_group: string; status: number; ad: { final_urls: string[]; responsive_search_ad: { headlines: { text: string }[]; descriptions: { text: string }[]; path1: string } } };
    expect(resource.ad_group).toBe(AD_GROUP);
    expect(resource.status).toBe(enums.AdGroupAdStatus.ENABLED);
    expect(resource.ad.final_urls).toEqual(['https://jobs.example.com/nurse?ref=board&utm_source=google&utm_medium=cpc&utm_campaign=af-1a2b3c4d']);
    const rsa = resource.ad.responsive_search_ad;
    expect(rsa.headlines[0]).toEqual({ text: 'Registered Nurse in Austin' });
    expect(validateResponsiveSearchAd({ headlines: rsa.headlines.map((x) => x.text), descriptions: rsa.descriptions.map((x) => x.text), path1: rsa.path1 })).toEqual([]);
  });

  it('rejects missing parent ids and malformed resource names before any call', async () => {
    await expect(h.adapter.runStep('adgroup', publishSpec(), { budget: BUDGET })).rejects.toMatchObject({ kind: 'validation' });
    await expect(h.adapter.runStep('adgroup', publishSpec(), { campaign: "customers/1/campaigns/1' OR '1'='1" })).rejects.toMatchObject({ kind: 'validation' });
    expect(h.mutations).toEqual([]);
  });

  it('refuses non-compliant text (RSA headline over 30) before sending anything', async () => {
    const spec = publishSpec({ creative: { ...publishSpec().creative, headline: 'Registered Nurse, Night Shift in Austin' } });
    await expect(h.adapter.runStep('budget', spec, {})).rejects.toMatchObject({ kind: 'validation', message: expect.stringContaining('creative.headline') });
    expect(h.mutations).toEqual([]);
  });
});

describe('GoogleAdsAdapter.setStatus', () => {
  it.each([
    ['active', { entity: 'campaign', operation: 'update', resource: { resource_name: CAMPAIGN, status: enums.CampaignStatus.ENABLED } }],
    ['paused', { entity: 'campaign', operation: 'update', resource: { resource_name: CAMPAIGN, status: enums.CampaignStatus.PAUSED } }],
    ['archived', { entity: 'campaign', operation: 'remove', resource: CAMPAIGN }],
  ] as const)('%s → %j', async (status, op) => {
    h.replies.push([CAMPAIGN]);
    await h.adapter.setStatus({ budget: BUDGET, campaign: CAMPAIGN }, status);
    expect(h.mutations).toEqual([[op]]);
  });
});

describe('gax retry override', () => {
  it('the GoogleAdsService client gax builds gets no Mutate retries and a 60 s deadline', () => {
    type Settings = { retry: { retryCodes: number[] }; timeout: number };
    const loadService = (h.gateway.customer as unknown as { loadService(name: string): { _defaults: Record<string, Settings> } }).loadService;
    const client = loadService.call(h.gateway.customer, 'GoogleAdsServiceClient');
    expect(client._defaults.mutate.retry.retryCodes).toEqual([]);
    expect(client._defaults.mutate.timeout).toBe(60_000);
    // Without the override gax retries DEADLINE_EXCEEDED (4) and UNAVAILABLE (14) for up to 600 s.
    expect(client._defaults.searchStream.retry.retryCodes).toEqual([4, 14]);
  });
});

describe('GoogleAdsAdapter edits of a live campaign (mutations at the library boundary)', () => {
  const ids = { budget: BUDGET, campaign: CAMPAIGN, adgroup: AD_GROUP, ad: 'customers/1234567890/adGroupAds/777~888' };

  it('budget, end date and ad text in one atomic Mutate of updates (nothing created)', async () => {
    h.replies.push([BUDGET, CAMPAIGN, 'customers/1234567890/ads/888']);
    const spec = publishSpec({ dailyBudgetMinor: 4200, endsAt: new Date('2027-01-15T08:00:00Z') });
    await expect(h.adapter.update(ids, spec, ['budget', 'schedule', 'creative'])).resolves.toEqual({});
    expect(h.mutations).toHaveLength(1);
    const [budget, campaign, ad] = h.mutations[0] as Array<{ entity: string; operation: string; resource: Record<string, unknown> }>;
    expect(budget).toEqual({ entity: 'campaign_budget', operation: 'update', resource: { resource_name: BUDGET, amount_micros: 42_000_000 } });
    expect(campaign).toEqual({ entity: 'campaign', operation: 'update', resource: { resource_name: CAMPAIGN, end_date_time: '2027-01-15 08:00:00' } });
    expect(ad).toMatchObject({ entity: 'ad', operation: 'update', resource: { resource_name: 'customers/1234567890/ads/888' } });
    const rsa = ad.resource.responsive_search_ad as { headlines: { text: string }[]; descriptions: { text: string }[] };
    expect(rsa.headlines.length).toBeGreaterThanOrEqual(3);
    expect(rsa.descriptions.length).toBeGreaterThanOrEqual(2);
  });

  it('only what changed: a budget edit is one budget update', async () => {
    h.replies.push([BUDGET]);
    await h.adapter.update(ids, publishSpec({ dailyBudgetMinor: 1000 }), ['budget']);
    expect(h.mutations).toEqual([[{ entity: 'campaign_budget', operation: 'update', resource: { resource_name: BUDGET, amount_micros: 10_000_000 } }]]);
  });

  it('a rate-limited Mutate is a retryable platform error', async () => {
    h.replies.push(decodedFailure({ errors: [{ error_code: { quota_error: 'RESOURCE_TEMPORARILY_EXHAUSTED' }, message: 'Too many requests' }] }));
    await expect(h.adapter.update(ids, publishSpec(), ['budget'])).rejects.toMatchObject({ kind: 'rate_limited' });
  });
});
