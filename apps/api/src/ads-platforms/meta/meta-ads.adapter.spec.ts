import { createHmac } from 'node:crypto';
import nock from 'nock';
import { publishSpec } from '../test-fixtures';
import { MetaAdsAdapter } from './meta-ads.adapter';

const GRAPH = 'https://graph.facebook.com';
const TOKEN = 'EAAB-test-token-0123456789abcdef';
const SECRET = 'app-secret-0123456789';
const PROOF = createHmac('sha256', SECRET).update(TOKEN).digest('hex');
const TAG_FILTER = JSON.stringify([{ field: 'name', operator: 'CONTAIN', value: '[af-1a2b3c4d]' }]);

const listenersBefore = process.listenerCount('uncaughtException');
const adapter = new MetaAdsAdapter({ accessToken: TOKEN, appSecret: SECRET, adAccountId: '123', pageId: 'page-9', timeoutMs: 300 });

/** Captures a JSON body and answers; nock fails the request if path or query do not match. */
function capturePost(path: string, reply: object) {
  const seen: { body?: Record<string, unknown>; query?: Record<string, string> } = {};
  nock(GRAPH)
    .post(path, (body) => ((seen.body = body as Record<string, unknown>), true))
    .query((q) => ((seen.query = q as Record<string, string>), true))
    .reply(200, reply);
  return seen;
}

function tagLookup(path: string, data: object[]) {
  return nock(GRAPH)
    .get(path)
    .query({ fields: 'id,name', filtering: TAG_FILTER, limit: '25', access_token: TOKEN, appsecret_proof: PROOF })
    .reply(200, { data });
}

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});
afterAll(() => nock.enableNetConnect());

describe('MetaAdsAdapter SDK settings', () => {
  it('never turns on the SDK crash reporter (no process-wide uncaughtException handler)', () => {
    expect(process.listenerCount('uncaughtException')).toBe(listenersBefore);
  });

  it('refuses a second, different process-wide version instead of switching it under other connections', () => {
    expect(() => new MetaAdsAdapter({ accessToken: 'x'.repeat(20), adAccountId: '1', pageId: 'p', apiVersion: 'v26.0', timeoutMs: 300 })).toThrow(/process-wide/);
    expect(() => new MetaAdsAdapter({ accessToken: 'x'.repeat(20), adAccountId: '1', pageId: 'p', timeoutMs: 300 })).not.toThrow();
  });

  it('sends each connection’s own token (objects get the per-connection API, not a default one)', async () => {
    const other = new MetaAdsAdapter({ accessToken: 'OTHER-token-0123456789', adAccountId: '777', pageId: 'p', timeoutMs: 300 });
    nock(GRAPH).get('/v25.0/act_777').query({ fields: 'name,account_status,currency', access_token: 'OTHER-token-0123456789' })
      .reply(200, { id: 'act_777', name: 'Other', account_status: 1, currency: 'EUR' });
    await expect(other.verify()).resolves.toEqual({ ok: true, detail: 'Other (EUR)' });
  });
});

describe('MetaAdsAdapter publishing steps', () => {
  it('campaign: POST /v25.0/act_123/campaigns, PAUSED, EMPLOYMENT category, no budget sharing', async () => {
    tagLookup('/v25.0/act_123/campaigns', []);
    const seen = capturePost('/v25.0/act_123/campaigns', { id: 'c1' });
    await expect(adapter.runStep('campaign', publishSpec(), {})).resolves.toBe('c1');
    expect(seen.query).toEqual({ access_token: TOKEN });
    expect(seen.body).toMatchObject({
      name: 'Registered Nurse – Austin – campaign [af-1a2b3c4d]',
      objective: 'OUTCOME_TRAFFIC',
      status: 'PAUSED',
      special_ad_categories: ['EMPLOYMENT'],
      special_ad_category_country: ['US'],
      is_adset_budget_sharing_enabled: false,
      appsecret_proof: PROOF,
    });
  });

  it('campaign: leads objective maps to OUTCOME_LEADS', async () => {
    tagLookup('/v25.0/act_123/campaigns', []);
    const seen = capturePost('/v25.0/act_123/campaigns', { id: 'c2' });
    await adapter.runStep('campaign', publishSpec({ objective: 'leads' }), {});
    expect(seen.body?.objective).toBe('OUTCOME_LEADS');
  });

  it('campaign: adopts the campaign an interrupted attempt already created (found by tag), no POST', async () => {
    tagLookup('/v25.0/act_123/campaigns', [{ id: 'c-existing', name: 'Registered Nurse – Austin – campaign [af-1a2b3c4d]' }]);
    await expect(adapter.runStep('campaign', publishSpec(), {})).resolves.toBe('c-existing');
  });

  it('adset: budget in minor units, IMPRESSIONS/LINK_CLICKS, cities ≥ 25 km and interests from targeting search', async () => {
    tagLookup('/v25.0/c1/adsets', []);
    nock(GRAPH).get('/v25.0/search')
      .query({ type: 'adgeolocation', location_types: '["city"]', q: 'Austin', country_code: 'US', limit: '1', access_token: TOKEN, appsecret_proof: PROOF })
      .reply(200, { data: [{ key: '2421836', name: 'Austin', type: 'city' }] });
    nock(GRAPH).get('/v25.0/search').query({ type: 'adinterest', q: 'Nursing', limit: '1', access_token: TOKEN, appsecret_proof: PROOF })
      .reply(200, { data: [{ id: '6003', name: 'Nursing' }] });
    nock(GRAPH).get('/v25.0/search').query({ type: 'adinterest', q: 'Pediatrics', limit: '1', access_token: TOKEN, appsecret_proof: PROOF })
      .reply(200, { data: [] });
    const seen = capturePost('/v25.0/act_123/adsets', { id: 'as1' });

    await expect(adapter.runStep('adset', publishSpec(), { campaign: 'c1' })).resolves.toBe('as1');
    const body = seen.body!;
    expect(body).toMatchObject({
      campaign_id: 'c1',
      daily_budget: 2500,
      billing_event: 'IMPRESSIONS',
      optimization_goal: 'LINK_CLICKS',
      start_time: '2026-12-01T08:00:00.000Z',
      end_time: '2026-12-31T08:00:00.000Z',
      status: 'ACTIVE',
    });
    // Austin narrows the US, so the country itself is not sent (Meta rejects overlapping locations).
    expect(body.targeting).toEqual({
      geo_locations: { location_types: ['home', 'recent'], cities: [{ key: '2421836', radius: 30, distance_unit: 'kilometer' }] },
      targeting_automation: { advantage_audience: 0 },
      flexible_spec: [{ interests: [{ id: '6003', name: 'Nursing' }] }],
    });
    expect(JSON.stringify(body)).not.toMatch(/age_min|age_max|genders|zips/);
  });

  it.each([
    ['JPY', 5000, 5000],
    ['HUF', 100_050, 1000], // ISO 2 decimals, Meta offset 1: rounded down, never above the approved budget
    ['EUR', 1999, 1999],
  ])('adset: %s %d minor units → daily_budget %d', async (currency, minor, expected) => {
    tagLookup('/v25.0/c1/adsets', []);
    const seen = capturePost('/v25.0/act_123/adsets', { id: 'as2' });
    const spec = publishSpec({ currency, dailyBudgetMinor: minor, targeting: { countries: ['DE'], cities: [], skills: [], keywords: [] } });
    await adapter.runStep('adset', spec, { campaign: 'c1' });
    expect(seen.body?.daily_budget).toBe(expected);
    expect((seen.body?.targeting as { geo_locations: unknown }).geo_locations).toEqual({ location_types: ['home', 'recent'], countries: ['DE'] });
  });

  it('adset: an unknown city is a validation error naming the city', async () => {
    tagLookup('/v25.0/c1/adsets', []);
    nock(GRAPH).get('/v25.0/search').query(true).reply(200, { data: [] });
    await expect(adapter.runStep('adset', publishSpec(), { campaign: 'c1' })).rejects.toMatchObject({ kind: 'validation', message: expect.stringContaining('Austin') });
  });

  it('creative: object_story_spec with page, UTM link, message/name/description and APPLY_NOW', async () => {
    const seen = capturePost('/v25.0/act_123/adcreatives', { id: 'cr1' });
    await expect(adapter.runStep('creative', publishSpec(), { campaign: 'c1', adset: 'as1' })).resolves.toBe('cr1');
    const link = 'https://jobs.example.com/nurse?ref=board&utm_source=facebook&utm_medium=paid_social&utm_campaign=af-1a2b3c4d';
    expect(seen.body?.object_story_spec).toEqual({
      page_id: 'page-9',
      link_data: {
        link,
        message: 'Join our pediatric ward. Flexible shifts and full benefits.',
        name: 'Registered Nurse in Austin',
        description: 'Apply in two minutes',
        call_to_action: { type: 'APPLY_NOW', value: { link } },
      },
    });
  });

  it('ad: POST /act_123/ads with adset, creative and ACTIVE status', async () => {
    tagLookup('/v25.0/as1/ads', []);
    const seen = capturePost('/v25.0/act_123/ads', { id: 'ad1' });
    await expect(adapter.runStep('ad', publishSpec(), { campaign: 'c1', adset: 'as1', creative: 'cr1' })).resolves.toBe('ad1');
    expect(seen.body).toMatchObject({ adset_id: 'as1', creative: { creative_id: 'cr1' }, status: 'ACTIVE', name: 'Registered Nurse – Austin – ad [af-1a2b3c4d]' });
  });

  it('refuses a step whose parent id is missing, and unknown steps, without calling Graph', async () => {
    await expect(adapter.runStep('ad', publishSpec(), { adset: 'as1' })).rejects.toMatchObject({ kind: 'validation', message: expect.stringContaining('creative') });
    await expect(adapter.runStep('launch', publishSpec(), {})).rejects.toMatchObject({ kind: 'validation' });
  });

  it('refuses a non-compliant spec before sending anything (radius below 25 km)', async () => {
    const spec = publishSpec({ targeting: { countries: ['US'], cities: [{ name: 'Austin', countryCode: 'US', radiusKm: 10 }], skills: [], keywords: [] } });
    await expect(adapter.runStep('campaign', spec, {})).rejects.toMatchObject({ kind: 'validation', message: expect.stringContaining('25 km') });
  });
});

describe('MetaAdsAdapter status, verify and insights', () => {
  it.each([['active', 'ACTIVE'], ['paused', 'PAUSED'], ['archived', 'ARCHIVED']] as const)('setStatus(%s) posts status=%s to the campaign', async (status, graphStatus) => {
    const seen = capturePost('/v25.0/c1', { success: true });
    await adapter.setStatus({ campaign: 'c1', adset: 'as1' }, status);
    expect(seen.body).toMatchObject({ status: graphStatus });
  });

  it('verify reads GET /act_123?fields=name,account_status,currency', async () => {
    nock(GRAPH).get('/v25.0/act_123').query({ fields: 'name,account_status,currency', access_token: TOKEN, appsecret_proof: PROOF })
      .reply(200, { id: 'act_123', name: 'Clinic Ads', account_status: 1, currency: 'USD' });
    await expect(adapter.verify()).resolves.toEqual({ ok: true, detail: 'Clinic Ads (USD)' });
  });

  it('verify reports a disabled account as not ok', async () => {
    nock(GRAPH).get('/v25.0/act_123').query(true).reply(200, { id: 'act_123', name: 'Clinic Ads', account_status: 2, currency: 'USD' });
    await expect(adapter.verify()).resolves.toEqual({ ok: false, detail: 'Clinic Ads (USD): account status DISABLED' });
  });

  it('verify turns an expired token into ok:false without leaking the token', async () => {
    nock(GRAPH).get('/v25.0/act_123').query(true)
      .reply(400, { error: { message: `Error validating access token ${TOKEN}`, type: 'OAuthException', code: 190, error_subcode: 463 } });
    const result = await adapter.verify();
    expect(result.ok).toBe(false);
    expect(result.detail).toContain('#190/463');
    expect(result.detail).not.toContain(TOKEN);
  });

  it('fetchInsights: level=ad, daily, explicit time_range, follows cursor paging, spend in minor units, reach/frequency/unique clicks/CPM', async () => {
    const fields = 'date_start,date_stop,ad_id,impressions,reach,frequency,clicks,unique_clicks,spend,cpm,actions,account_currency';
    nock(GRAPH).get('/v25.0/c1/insights')
      .query({ fields, level: 'ad', time_increment: '1', time_range: '{"since":"2026-12-01","until":"2026-12-02"}', access_token: TOKEN, appsecret_proof: PROOF })
      .reply(200, {
        data: [{ date_start: '2026-12-01', date_stop: '2026-12-01', ad_id: 'ad1', impressions: '1000', reach: '800', frequency: '1.25', clicks: '25', unique_clicks: '22', spend: '12.345', cpm: '12.345', account_currency: 'USD',
          actions: [{ action_type: 'link_click', value: '25' }, { action_type: 'lead', value: '3' }, { action_type: 'offsite_conversion.fb_pixel_lead', value: '3' }] }],
        paging: { cursors: { after: 'A1' }, next: `${GRAPH}/v25.0/c1/insights?after=A1&access_token=${TOKEN}` },
      });
    nock(GRAPH).get('/v25.0/c1/insights').query({ after: 'A1', access_token: TOKEN, appsecret_proof: PROOF })
      .reply(200, { data: [{ date_start: '2026-12-02', date_stop: '2026-12-02', ad_id: 'ad1', impressions: '500', reach: '450', frequency: '1.111111', clicks: '5', unique_clicks: '5', spend: '3', cpm: '6', account_currency: 'USD' }], paging: { cursors: { before: 'A1' } } });

    await expect(adapter.fetchInsights({ campaign: 'c1' }, '2026-12-01', '2026-12-02')).resolves.toEqual([
      { date: '2026-12-01', impressions: 1000, reach: 800, frequency: 1.25, clicks: 25, uniqueClicks: 22, spendMinor: 1235, cpmMicros: 12_345_000, currency: 'USD', conversions: 3 },
      { date: '2026-12-02', impressions: 500, reach: 450, frequency: 1.1111, clicks: 5, uniqueClicks: 5, spendMinor: 300, cpmMicros: 6_000_000, currency: 'USD', conversions: 0 },
    ]);
  });

  it('fetchInsights: several ads on a day add up; CPM and frequency are weighted (spend/impressions, impressions/reach), never plain averages', async () => {
    nock(GRAPH).get('/v25.0/c2/insights').query(true).reply(200, { data: [
      { date_start: '2026-12-01', ad_id: 'a', impressions: '3000', reach: '1000', frequency: '3', clicks: '30', unique_clicks: '20', spend: '30', cpm: '10', account_currency: 'USD' },
      { date_start: '2026-12-01', ad_id: 'b', impressions: '1000', reach: '1000', frequency: '1', clicks: '10', unique_clicks: '10', spend: '20', cpm: '20', account_currency: 'USD' },
    ] });
    const [day] = await adapter.fetchInsights({ campaign: 'c2' }, '2026-12-01', '2026-12-01');
    // CPM = $50 / 4000 × 1000 = $12.50 (the plain average would be $15); frequency = 4000 / 2000 = 2.
    expect(day).toMatchObject({ impressions: 4000, reach: 2000, uniqueClicks: 30, cpmMicros: 12_500_000, frequency: 2 });
  });

  it('fetchInsights: a row without reach, frequency, unique clicks or CPM stores null for them, never 0', async () => {
    nock(GRAPH).get('/v25.0/c3/insights').query(true)
      .reply(200, { data: [{ date_start: '2026-12-01', impressions: '10', clicks: '1', spend: '1', account_currency: 'USD' }] });
    const [day] = await adapter.fetchInsights({ campaign: 'c3' }, '2026-12-01', '2026-12-01');
    expect(day).toMatchObject({ impressions: 10, reach: null, frequency: null, uniqueClicks: null, cpmMicros: null });
  });

  it('fetchInsights: JPY spend stays in yen', async () => {
    nock(GRAPH).get('/v25.0/c9/insights').query(true)
      .reply(200, { data: [{ date_start: '2026-12-01', impressions: '10', reach: '9', clicks: '1', spend: '1234', account_currency: 'JPY' }] });
    const [day] = await adapter.fetchInsights({ campaign: 'c9' }, '2026-12-01', '2026-12-01');
    expect(day).toMatchObject({ spendMinor: 1234, currency: 'JPY' });
  });

  it('fetchInsights rejects a reversed range without calling Graph', async () => {
    await expect(adapter.fetchInsights({ campaign: 'c1' }, '2026-12-02', '2026-12-01')).rejects.toMatchObject({ kind: 'validation' });
  });
});

describe('MetaAdsAdapter edits of a live campaign', () => {
  const ids = { campaign: 'c1', adset: 'as1', creative: 'cr1', ad: 'ad1' };

  it('budget and end date: one POST /<adset> with daily_budget (Meta offset) and end_time', async () => {
    const seen = capturePost('/v25.0/as1', { success: true });
    const spec = publishSpec({ dailyBudgetMinor: 4200, endsAt: new Date('2027-01-15T08:00:00Z') });
    await expect(adapter.update(ids, spec, ['budget', 'schedule'])).resolves.toEqual({});
    expect(seen.body).toMatchObject({ daily_budget: 4200, end_time: '2027-01-15T08:00:00.000Z', appsecret_proof: PROOF });
    expect(seen.body).not.toHaveProperty('name');
    expect(seen.query).toEqual({ access_token: TOKEN });
  });

  it('only what changed: a budget edit sends no end_time', async () => {
    const seen = capturePost('/v25.0/as1', { success: true });
    await adapter.update(ids, publishSpec({ dailyBudgetMinor: 100_050, currency: 'HUF' }), ['budget']);
    expect(seen.body).toMatchObject({ daily_budget: 1000 });
    expect(seen.body).not.toHaveProperty('end_time');
  });

  it('creative: a new creative (creatives are immutable), linked to the ad; its id is returned for recording', async () => {
    const created = capturePost('/v25.0/act_123/adcreatives', { id: 'cr2' });
    const linked = capturePost('/v25.0/ad1', { success: true });
    const spec = publishSpec({ creative: { headline: 'Nurses wanted', primaryText: 'Flexible shifts', description: '', callToAction: 'APPLY_NOW' } });
    await expect(adapter.update(ids, spec, ['creative'])).resolves.toEqual({ creative: 'cr2' });
    expect(created.body).toMatchObject({ object_story_spec: { page_id: 'page-9', link_data: { name: 'Nurses wanted', message: 'Flexible shifts' } } });
    expect(linked.body).toMatchObject({ creative: { creative_id: 'cr2' } });
  });

  it('a budget change refused for rate (code 17) is retryable; the token never appears in the error', async () => {
    nock(GRAPH).post('/v25.0/as1').query(true)
      .reply(400, { error: { message: 'User request limit reached', type: 'OAuthException', code: 17, fbtrace_id: 'x' } });
    const error = await adapter.update(ids, publishSpec(), ['budget']).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'rate_limited', retryable: true });
    expect(JSON.stringify(error)).not.toContain(TOKEN);
  });

  it('text over Meta limits is refused before any request', async () => {
    const long = publishSpec({ creative: { headline: 'x'.repeat(41), primaryText: 'y', description: '', callToAction: 'APPLY_NOW' } });
    await expect(adapter.update(ids, long, ['creative'])).rejects.toMatchObject({ kind: 'validation' });
  });
});
