/**
 * The uploaded creative image on Meta: POST act_<id>/adimages with the base64 bytes, then the
 * creative links it by the returned hash (link_data.image_hash), at publish and on a live edit.
 */
import nock from 'nock';
import type { CreativeImageRef } from '../ads-platform.port';
import { publishSpec } from '../test-fixtures';
import { MetaAdsAdapter } from './meta-ads.adapter';
import { metaPreview } from './meta.preview';

const GRAPH = 'https://graph.facebook.com';
const TOKEN = 'EAAB-image-token-0123456789abcdef';
// The adapter sends the stored bytes as they are (they were checked and stripped at upload).
const BYTES = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.from('stored image bytes \x00\xff', 'latin1')]);
const IMAGE: CreativeImageRef = { key: `${'ef'.repeat(32)}.png`, format: 'png', width: 1080, height: 1080 };
const store = new Map([[IMAGE.key, BYTES]]);
const adapter = new MetaAdsAdapter({ accessToken: TOKEN, adAccountId: '123', pageId: 'page-9', timeoutMs: 300, images: { get: async (key) => store.get(key) ?? null } });
const spec = publishSpec({ creative: { ...publishSpec().creative, image: IMAGE } });

function capturePost(path: string, reply: object) {
  const seen: { body?: Record<string, unknown>; query?: Record<string, string> } = {};
  nock(GRAPH)
    .post(path, (body) => ((seen.body = body as Record<string, unknown>), true))
    .query((q) => ((seen.query = q as Record<string, string>), true))
    .reply(200, reply);
  return seen;
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

describe('MetaAdsAdapter: uploaded image as an ad image', () => {
  it('creative step: uploads the bytes to act_123/adimages, then creates the creative with link_data.image_hash', async () => {
    const upload = capturePost('/v25.0/act_123/adimages', { images: { [IMAGE.key]: { hash: 'f00dfeed', url: 'https://scontent.example/x.png' } } });
    const creative = capturePost('/v25.0/act_123/adcreatives', { id: 'cr1' });
    await expect(adapter.runStep('creative', spec, { campaign: 'c1', adset: 'as1' })).resolves.toBe('cr1');
    expect(upload.query).toEqual({ access_token: TOKEN });
    expect(upload.body).toEqual({ bytes: BYTES.toString('base64'), name: IMAGE.key });
    expect(Buffer.from(String(upload.body?.bytes), 'base64').equals(BYTES)).toBe(true);
    const linkData = (creative.body?.object_story_spec as { link_data: Record<string, unknown> }).link_data;
    expect(linkData.image_hash).toBe('f00dfeed');
    expect(linkData).not.toHaveProperty('picture');
  });

  it('takes the hash Graph keys by another name (e.g. "bytes") too', async () => {
    capturePost('/v25.0/act_123/adimages', { images: { bytes: { hash: 'abc123' } } });
    const creative = capturePost('/v25.0/act_123/adcreatives', { id: 'cr2' });
    await adapter.runStep('creative', spec, { campaign: 'c1', adset: 'as1' });
    expect((creative.body?.object_story_spec as { link_data: Record<string, unknown> }).link_data.image_hash).toBe('abc123');
  });

  it('a live edit of the creative uploads the image again (same bytes, same hash) and links a new creative', async () => {
    const upload = capturePost('/v25.0/act_123/adimages', { images: { [IMAGE.key]: { hash: 'f00dfeed' } } });
    const creative = capturePost('/v25.0/act_123/adcreatives', { id: 'cr3' });
    capturePost('/v25.0/ad1', { success: true });
    await expect(adapter.update({ campaign: 'c1', adset: 'as1', creative: 'cr1', ad: 'ad1' }, spec, ['creative'])).resolves.toEqual({ creative: 'cr3' });
    expect(upload.body?.name).toBe(IMAGE.key);
    expect((creative.body?.object_story_spec as { link_data: Record<string, unknown> }).link_data.image_hash).toBe('f00dfeed');
  });

  it('an upload Graph refuses fails the step with Meta’s error (no creative is created)', async () => {
    nock(GRAPH).post('/v25.0/act_123/adimages').query(true)
      .reply(400, { error: { message: 'Invalid image: the image is too small', type: 'OAuthException', code: 100, error_subcode: 1487242 } });
    const error = await adapter.runStep('creative', spec, { campaign: 'c1', adset: 'as1' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'validation', message: expect.stringContaining('too small') });
  });

  it('an image missing from the store is a validation error and nothing is sent', async () => {
    const missing = publishSpec({ creative: { ...publishSpec().creative, image: { ...IMAGE, key: `${'01'.repeat(32)}.png` } } });
    await expect(adapter.runStep('creative', missing, { campaign: 'c1', adset: 'as1' })).rejects.toMatchObject({ kind: 'validation', message: expect.stringContaining('not in the image store') });
  });

  it('an image under 600×600 is refused by Meta’s rules before any call', async () => {
    const small = publishSpec({ creative: { ...publishSpec().creative, image: { ...IMAGE, width: 1200, height: 500 } } });
    await expect(adapter.runStep('campaign', small, {})).rejects.toMatchObject({ kind: 'validation', message: expect.stringContaining('600×600') });
  });

  it('the preview shows where the hash will come from', () => {
    const body = metaPreview(spec, { pageId: 'page-9' }) as { creative: { object_story_spec: { link_data: Record<string, unknown> } } };
    expect(body.creative.object_story_spec.link_data.image_hash).toContain(IMAGE.key);
  });
});
