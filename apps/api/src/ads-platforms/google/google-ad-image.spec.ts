/**
 * The uploaded creative image on Google: an image asset (AssetService data = the bytes) linked to
 * the Search campaign as an AD_IMAGE campaign asset, in the same atomic Mutate as the responsive
 * search ad. Mutations are gRPC, so they are captured at the library boundary (google-ads.test-support);
 * the GAQL lookup before the ad goes through the library's REST path and is matched with nock.
 */
import nock from 'nock';
import { enums, services } from 'google-ads-api';
import type { CreativeImageRef } from '../ads-platform.port';
import { publishSpec } from '../test-fixtures';
import { useGlobalFetchForGoogleAuth } from './google-auth.test-support';
import { googleHarness } from './google-ads.test-support';
import { googlePreview } from './google.preview';

const ADS = 'https://googleads.googleapis.com';
const STREAM = '/v25/customers/1234567890/googleAds:searchStream';
const CAMPAIGN = 'customers/1234567890/campaigns/555';
const AD_GROUP = 'customers/1234567890/adGroups/777';
// The adapter sends the stored bytes as they are (they were checked and stripped at upload).
const BYTES = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('stored image bytes \x00\xff', 'latin1')]);
const IMAGE: CreativeImageRef = { key: `${'ab'.repeat(32)}.png`, format: 'png', width: 1200, height: 628 };
const store = new Map([[IMAGE.key, BYTES]]);
const h = googleHarness({ refreshToken: 'refresh-ad-image-spec-0001' }, undefined, { get: async (key) => store.get(key) ?? null });

function noAdYet() {
  nock('https://oauth2.googleapis.com').post('/token').optionally().reply(200, { access_token: 'ya29.test-access', expires_in: 3600, token_type: 'Bearer' });
  nock(ADS).post(STREAM, (body: { query: string }) => body.query.startsWith('SELECT ad_group_ad.resource_name FROM ad_group_ad')).reply(200, [{ results: [], fieldMask: '', requestId: 'r1' }]);
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

describe('GoogleAdsAdapter: uploaded image as an image asset', () => {
  const spec = publishSpec({ creative: { ...publishSpec().creative, image: IMAGE } });

  it('ad step: asset (IMAGE, data = the bytes) + campaign asset (AD_IMAGE) + the ad, in one Mutate; returns the ad', async () => {
    noAdYet();
    h.replies.push(['customers/1234567890/assets/91', 'customers/1234567890/campaignAssets/555~91~26', 'customers/1234567890/adGroupAds/777~9']);
    await expect(h.adapter.runStep('ad', spec, { campaign: CAMPAIGN, adgroup: AD_GROUP })).resolves.toBe('customers/1234567890/adGroupAds/777~9');
    expect(h.mutations).toHaveLength(1);
    const [asset, link, ad] = h.mutations[0];
    expect(asset).toEqual({
      entity: 'asset', operation: 'create',
      resource: {
        resource_name: 'customers/1234567890/assets/-1', name: `Registered Nurse – Austin – image [af-1a2b3c4d] ${'ab'.repeat(6)}`,
        type: enums.AssetType.IMAGE, image_asset: { data: BYTES.toString('base64') },
      },
    });
    expect(link).toEqual({ entity: 'campaign_asset', operation: 'create', resource: { campaign: CAMPAIGN, asset: 'customers/1234567890/assets/-1', field_type: enums.AssetFieldType.AD_IMAGE } });
    expect(ad).toMatchObject({ entity: 'ad_group_ad', operation: 'create', resource: { ad_group: AD_GROUP } });
  });

  it('the operations encode to the protobuf Google receives: raw image bytes, IMAGE type, AD_IMAGE field type', async () => {
    noAdYet();
    h.replies.push(['a', 'b', 'c']);
    await h.adapter.runStep('ad', spec, { campaign: CAMPAIGN, adgroup: AD_GROUP });
    // The library wraps each mutation as { <entity>_operation: { create: resource } } (service.js buildMutationRequestAndService).
    const ops = h.mutations[0].map((m) => new services.MutateOperation({ [`${m.entity}_operation`]: { create: m.resource } }));
    const decoded = services.MutateGoogleAdsRequest.decode(services.MutateGoogleAdsRequest.encode({ customer_id: '1234567890', mutate_operations: ops }).finish());
    const created = decoded.mutate_operations[0].asset_operation?.create;
    expect(Buffer.from(created?.image_asset?.data as Uint8Array).equals(BYTES)).toBe(true);
    expect(created?.type).toBe(enums.AssetType.IMAGE);
    expect(decoded.mutate_operations[1].campaign_asset_operation?.create?.field_type).toBe(enums.AssetFieldType.AD_IMAGE);
  });

  it('an ad that already exists (a retried step) means the image went with it: nothing is sent again', async () => {
    nock('https://oauth2.googleapis.com').post('/token').optionally().reply(200, { access_token: 'ya29.test-access', expires_in: 3600, token_type: 'Bearer' });
    nock(ADS).post(STREAM).reply(200, [{ results: [{ adGroupAd: { resourceName: 'customers/1234567890/adGroupAds/777~9' } }], fieldMask: '', requestId: 'r2' }]);
    await expect(h.adapter.runStep('ad', spec, { campaign: CAMPAIGN, adgroup: AD_GROUP })).resolves.toBe('customers/1234567890/adGroupAds/777~9');
    expect(h.mutations).toEqual([]);
  });

  it('an image missing from the store fails the step as a validation error before anything is created', async () => {
    noAdYet();
    const missing = publishSpec({ creative: { ...publishSpec().creative, image: { ...IMAGE, key: `${'cd'.repeat(32)}.png` } } });
    await expect(h.adapter.runStep('ad', missing, { campaign: CAMPAIGN, adgroup: AD_GROUP })).rejects.toMatchObject({ kind: 'validation', message: expect.stringContaining('not in the image store') });
    expect(h.mutations).toEqual([]);
  });

  it('an image below both Google shapes is refused by the compliance rules before any step', async () => {
    const small = publishSpec({ creative: { ...publishSpec().creative, image: { ...IMAGE, width: 500, height: 262 } } });
    await expect(h.adapter.runStep('budget', small, {})).rejects.toMatchObject({ kind: 'validation', message: expect.stringContaining('creative.image') });
    expect(h.mutations).toEqual([]);
  });

  it('the preview names the image asset it would create', () => {
    expect(googlePreview(spec)).toMatchObject({ image_asset: { campaign_asset_field_type: 'AD_IMAGE' } });
    expect(googlePreview(publishSpec())).not.toHaveProperty('image_asset');
  });
});
