import { buildCopyBrief } from '../copy-brief';
import { copyFormat } from '../copy-format';
import { jobForAdsFixture, segmentFixture } from '../test-fixtures';
import { OfflineCopywriter } from './offline-copywriter';

const formats = [copyFormat('meta'), copyFormat('google')];
const passiveNurses = [segmentFixture('Passive pediatric nurses', 800, 'passive', ['Pediatrics', 'Nursing', 'EPIC'], 7)];

describe('OfflineCopywriter', () => {
  it('writes n variants per platform, every text within that platform’s limits', async () => {
    const brief = buildCopyBrief(jobForAdsFixture(), passiveNurses, { tone: 'professional', language: 'en', count: 3 });
    const out = await new OfflineCopywriter().write(brief, formats);
    expect(out.origin).toBe('offline');
    for (const format of formats) {
      const variants = out.variants.get(format.platform)!;
      expect(variants).toHaveLength(3);
      for (const v of variants) {
        expect(v.headlines.length).toBeGreaterThanOrEqual(1);
        expect(v.headlines.length).toBeLessThanOrEqual(format.fields.headline.maxCount);
        v.headlines.forEach((h) => expect(format.measure(h)).toBeLessThanOrEqual(format.fields.headline.maxLength));
        v.descriptions.forEach((d) => expect(format.measure(d)).toBeLessThanOrEqual(format.fields.description.maxLength));
        if (format.fields.primaryText) expect(format.measure(v.primaryText!)).toBeLessThanOrEqual(format.fields.primaryText.maxLength);
        else expect(v.primaryText).toBeNull();
      }
    }
    // Search ads rotate many headlines; the variants differ in their first one.
    const google = out.variants.get('google')!;
    expect(google[0].headlines.length).toBeGreaterThanOrEqual(8);
    expect(new Set(google.map((v) => v.headlines[0])).size).toBe(3);
  });

  it('speaks to the audience: passive segments get an "open to" hook and their skills', async () => {
    const brief = buildCopyBrief(jobForAdsFixture(), passiveNurses, { tone: 'professional', language: 'en', count: 1 });
    const [meta] = (await new OfflineCopywriter().write(brief, [copyFormat('meta')])).variants.get('meta')!;
    expect(meta.primaryText).toMatch(/^Open to the right opportunity\?/);
    expect(meta.primaryText).toContain('Pediatrics');
    const active = buildCopyBrief(jobForAdsFixture(), [segmentFixture('Active', 100, 'active', ['Triage'], 2)], { tone: 'professional', language: 'en', count: 1 });
    const [activeMeta] = (await new OfflineCopywriter().write(active, [copyFormat('meta')])).variants.get('meta')!;
    expect(activeMeta.primaryText).toMatch(/^Ready for your next role\?/);
  });

  it('puts the salary in the copy when the job has one, and never invents one', async () => {
    const withPay = buildCopyBrief(jobForAdsFixture(), [], { tone: 'concise', language: 'en', count: 2 });
    const google = (await new OfflineCopywriter().write(withPay, [copyFormat('google')])).variants.get('google')!;
    expect(google.flatMap((v) => v.descriptions).join(' ')).toContain('$72,000–$91,000');
    const noPay = buildCopyBrief(jobForAdsFixture({ salary: null }), [], { tone: 'concise', language: 'en', count: 2 });
    const texts = JSON.stringify([...(await new OfflineCopywriter().write(noPay, formats)).variants.values()]);
    expect(texts).not.toMatch(/\$\d/);
  });

  it('is deterministic', async () => {
    const brief = buildCopyBrief(jobForAdsFixture(), passiveNurses, { tone: 'bold', language: 'en', count: 2 });
    const a = await new OfflineCopywriter().write(brief, formats);
    const b = await new OfflineCopywriter().write(brief, formats);
    expect([...a.variants.entries()]).toEqual([...b.variants.entries()]);
  });
});
