import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { seedSandboxConnection } from '../src/ads-platforms/connections/sandbox-connection.seed';
import { appConfig } from '../src/config/app-config';
import { EXIF_MARKER, jpegImage, pngImage, webpImage } from '../src/media/test-images';
import { campaignBody, insertActiveSegments, insertOpenJob, segmentProfile } from './fixtures/campaign-fixtures';
import { waitFor } from './fixtures/wait-for';
import { createTestApp, expectProblem, loginAs, resetState, Session, TestApp } from './harness';

jest.setTimeout(120_000);

/** https tracking links (the sandbox applies the https rule) and quick retries, as in campaign-publishing. */
const PUBLISHING_ENV = { PUBLIC_BASE_URL: 'https://ads.adflux.test', PUBLISH_BACKOFF_BASE_MS: '50', PUBLISH_BACKOFF_MAX_MS: '400' };

const UPLOAD_DIR = mkdtempSync(join(tmpdir(), 'adflux-creative-images-'));
const IMAGE_DIR = join(UPLOAD_DIR, 'creative-images');
/** Every file under UPLOAD_DIR (temporary ones too), to prove a refused upload leaves nothing. */
const filesOnDisk = () => readdirSync(UPLOAD_DIR, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();

describe('creative images (integration)', () => {
  let t: TestApp;
  let recruiter: Session;

  const upload = (bytes: Buffer, name: string, contentType?: string) =>
    request(t.app.getHttpServer()).post('/api/creatives/images').set('Cookie', recruiter.cookie).set('X-CSRF-Token', recruiter.csrf)
      .attach('file', bytes, contentType ? { filename: name, contentType } : name);

  beforeAll(async () => {
    t = await createTestApp({ ...PUBLISHING_ENV, UPLOAD_DIR });
    await resetState(t.dataSource);
  });
  beforeEach(async () => {
    recruiter = await loginAs(t, 'recruiter');
  });
  afterAll(async () => {
    await t.close();
    rmSync(UPLOAD_DIR, { recursive: true, force: true });
  });

  it('stores a JPEG without its EXIF under its content hash and says which platforms it fits', async () => {
    const original = jpegImage(1080, 1080);
    expect(original.includes(Buffer.from(EXIF_MARKER))).toBe(true);
    const res = await upload(original, 'team.jpg').expect(201);
    const stored = readFileSync(join(IMAGE_DIR, res.body.key));
    expect(stored.includes(Buffer.from(EXIF_MARKER))).toBe(false);
    expect(stored.includes(Buffer.from('Exif\0\0', 'latin1'))).toBe(false);
    expect(res.body).toEqual({
      key: `${createHash('sha256').update(stored).digest('hex')}.jpg`, url: `/api/creatives/images/${res.body.key}`,
      format: 'jpeg', mimeType: 'image/jpeg', width: 1080, height: 1080, bytes: stored.length, metadataRemoved: ['APP1', 'COM'],
      platforms: [
        { platform: 'meta', label: 'Meta', fits: true, shape: 'feed image', message: null },
        { platform: 'google', label: 'Google Ads', fits: true, shape: 'square', message: null },
      ],
    });
    const audit = await t.dataSource.query(`SELECT action, target_id FROM audit_log WHERE action = 'creative_image.uploaded'`);
    expect(audit).toContainEqual({ action: 'creative_image.uploaded', target_id: res.body.key.split('.')[0] });
  });

  it('judges the type by the bytes: a WebP named .png is a WebP; a landscape that suits only Google is accepted with Meta’s verdict', async () => {
    const res = await upload(webpImage(764, 400), 'banner.png', 'image/png').expect(201);
    expect(res.body).toMatchObject({ format: 'webp', mimeType: 'image/webp', width: 764, height: 400, metadataRemoved: ['EXIF'] });
    expect(res.body.key).toMatch(/^[0-9a-f]{64}\.webp$/);
    expect(res.body.platforms[0]).toMatchObject({ platform: 'meta', fits: false, message: expect.stringContaining('600×600') });
    expect(res.body.platforms[1]).toMatchObject({ platform: 'google', fits: true, shape: 'landscape' });
  });

  it('serves the image by hash with immutable caching and an ETag; If-None-Match gives 304', async () => {
    const { body } = await upload(pngImage(640, 640), 'sq.png').expect(201);
    const res = await recruiter.get(body.url).buffer(true).parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    expect(res.headers.etag).toBe(`"${body.key.split('.')[0]}"`);
    expect((res.body as Buffer).equals(readFileSync(join(IMAGE_DIR, body.key)))).toBe(true);
    await recruiter.get(body.url).set('If-None-Match', res.headers.etag).expect(304);
    expectProblem(await recruiter.get(`/api/creatives/images/${'0'.repeat(64)}.png`), 404);
    expectProblem(await recruiter.get('/api/creatives/images/..%2F..%2Fetc%2Fpasswd'), 400, 'key');
    expect((await request(t.app.getHttpServer()).get(body.url)).status).toBe(401);
  });

  describe('refusals: problem+json naming the field, and no file left behind', () => {
    let before: string[];
    beforeEach(() => {
      before = filesOnDisk();
    });
    afterEach(() => {
      expect(filesOnDisk()).toEqual(before);
    });

    it('415 for a GIF (or an HTML page) sent as image/png', async () => {
      expectProblem(await upload(Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'), 'photo.png', 'image/png'), 415, 'file');
      expectProblem(await upload(Buffer.from('<html><script>alert(1)</script></html>'), 'x.jpg', 'image/jpeg'), 415, 'file');
    });

    it('413 for a file over 5 MB', async () => {
      const big = jpegImage(2000, 2000, { padTo: 5 * 1024 * 1024 + 1 });
      expect(big.length).toBe(5 * 1024 * 1024 + 1);
      expectProblem(await upload(big, 'big.jpg'), 413, 'file');
    });

    it('422 for an image below every platform’s minimum, and for a damaged header', async () => {
      const small = expectProblem(await upload(pngImage(200, 200), 'small.png'), 422, 'file');
      expect(String(small.detail)).toMatch(/Meta needs .*600×600.*Google needs .*300×300/);
      const damaged = pngImage(800, 800);
      expectProblem(await upload(damaged.subarray(0, 20), 'cut.png'), 422, 'file');
      expectProblem(await upload(Buffer.concat([jpegImage(800, 800).subarray(0, 200)]), 'cut.jpg'), 422, 'file');
    });

    it('400 without a file, or with the file in another field', async () => {
      expectProblem(await recruiter.post('/api/creatives/images').send({}), 400, 'file');
      const other = await request(t.app.getHttpServer()).post('/api/creatives/images').set('Cookie', recruiter.cookie).set('X-CSRF-Token', recruiter.csrf)
        .attach('image', pngImage(640, 640), 'x.png');
      expectProblem(other, 400, 'file');
    });

    it('403 for viewers', async () => {
      const viewer = await loginAs(t, 'viewer');
      const res = await request(t.app.getHttpServer()).post('/api/creatives/images').set('Cookie', viewer.cookie).set('X-CSRF-Token', viewer.csrf).attach('file', pngImage(640, 640), 'x.png');
      expectProblem(res, 403);
    });
  });

  describe('on a campaign creative', () => {
    let sandboxId: string;
    let jobId: string;
    let segmentIds: string[];

    beforeAll(async () => {
      sandboxId = (await seedSandboxConnection(t.dataSource, appConfig()))!.id;
      jobId = await insertOpenJob(t.dataSource);
      segmentIds = await insertActiveSegments(t.dataSource, [segmentProfile('Nurses', { size: 5000 })]);
    });

    const withImage = (imageKey: string) => campaignBody(jobId, segmentIds, [sandboxId], {
      creative: { headline: 'Registered Nurse in Austin', primaryText: 'Join our ward.', description: '', callToAction: 'APPLY_NOW', imageKey },
    });

    it('stores the image reference with its real size, shows it, previews it and publishes it to the sandbox', async () => {
      const { body: image } = await upload(jpegImage(1200, 1200), 'nurse.jpg').expect(201);
      const { body: campaign } = await recruiter.post('/api/campaigns', withImage(image.key)).expect(201);
      expect(campaign.creative.image).toEqual({ key: image.key, url: image.url, format: 'jpeg', width: 1200, height: 1200 });
      const preview = (await recruiter.get(`/api/campaigns/${campaign.id}/targeting-preview`).expect(200)).body;
      expect(preview.publications[0].spec.creative.image).toMatchObject({ key: image.key });
      await recruiter.post(`/api/campaigns/${campaign.id}/publish`).expect(202);
      const [ad] = await waitFor('the sandbox ad', async () => {
        const rows = await t.dataSource.query(
          `SELECT o.payload FROM sandbox_objects o JOIN campaign_publications p ON p.idempotency_key = o.publication_key WHERE p.campaign_id = $1 AND o.type = 'ad'`, [campaign.id]);
        return rows.length ? rows : undefined;
      });
      expect(ad.payload.creative.image).toEqual({ key: image.key, format: 'jpeg', width: 1200, height: 1200 });
    });

    it('a new image on a live campaign is a creative change sent through the update queue', async () => {
      const { body: campaign } = await recruiter.post('/api/campaigns', campaignBody(jobId, segmentIds, [sandboxId])).expect(201);
      await recruiter.post(`/api/campaigns/${campaign.id}/publish`).expect(202);
      const publication = async () => (await t.dataSource.query(`SELECT * FROM campaign_publications WHERE campaign_id = $1`, [campaign.id]))[0];
      await waitFor('publication active', async () => (await publication()).status === 'active');
      const { body: image } = await upload(pngImage(1200, 628), 'wide.png').expect(201);
      const creative = { ...campaign.creative, imageUrl: undefined, image: undefined, origin: undefined, imageKey: image.key };
      const res = await recruiter.patch(`/api/campaigns/${campaign.id}`, { creative: JSON.parse(JSON.stringify(creative)) }).expect(200);
      expect(res.body.creative.image).toMatchObject({ key: image.key, width: 1200, height: 628 });
      const row = await waitFor('update applied', async () => {
        const r = await publication();
        return r.applied_update_generation >= 1 ? r : undefined;
      });
      const [ad] = await t.dataSource.query(`SELECT payload FROM sandbox_objects WHERE publication_key = $1 AND type = 'ad'`, [row.idempotency_key]);
      expect(ad.payload.creative.image).toEqual({ key: image.key, format: 'png', width: 1200, height: 628 });
    });

    it('422 naming creative.imageKey for a key no upload has; 400 for a malformed one', async () => {
      expectProblem(await recruiter.post('/api/campaigns', withImage(`${'a'.repeat(64)}.png`)), 422, 'creative.imageKey');
      expectProblem(await recruiter.post('/api/campaigns', withImage('../../etc/passwd')), 400, 'creative.imageKey');
    });

    it('the wizard preview warns about an unknown key instead of failing', async () => {
      const body = { jobId, segmentIds, connectionIds: [sandboxId], creative: { headline: 'x', imageKey: `${'b'.repeat(64)}.jpg` } };
      const res = await recruiter.post('/api/campaigns/preview').send(body).expect(200);
      expect(res.body.warnings).toContainEqual({ field: 'creative.imageKey', message: expect.stringContaining('upload it again') });
    });
  });
});
