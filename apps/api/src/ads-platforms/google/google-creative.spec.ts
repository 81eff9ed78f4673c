import fc from 'fast-check';
import { googleTextWidth } from '../compliance/text-length';
import { publishSpec } from '../test-fixtures';
import { generateResponsiveSearchAd, RsaInput, validateResponsiveSearchAd } from './google-creative';

const input = (job: Partial<RsaInput['job']> = {}, creative: Partial<RsaInput['creative']> = {}): RsaInput => ({
  job: { ...publishSpec().job, ...job },
  creative: { ...publishSpec().creative, ...creative },
});

describe('generateResponsiveSearchAd', () => {
  it('uses the recruiter headline first, then job-derived headlines; descriptions from the creative first', () => {
    const ad = generateResponsiveSearchAd(input());
    expect(ad.headlines.slice(0, 4)).toEqual(['Registered Nurse in Austin', 'Registered Nurse', 'Registered Nurse Jobs', 'Hiring: Registered Nurse']);
    expect(ad.headlines).toContain('St. Mary Clinic Is Hiring');
    expect(ad.headlines).toContain('Nursing Jobs');
    expect(ad.descriptions.slice(0, 2)).toEqual(['Join our pediatric ward. Flexible shifts and full benefits.', 'Apply in two minutes']);
    expect(ad).toMatchObject({ path1: 'jobs', path2: 'registered-nurs' });
    expect(validateResponsiveSearchAd(ad)).toEqual([]);
  });

  it('never cuts composed phrases: "<title> at <company>" is left out when it does not fit', () => {
    const ad = generateResponsiveSearchAd(input({ title: 'Senior Software Engineer', company: 'Acme Corporation' }));
    expect(ad.headlines).not.toContain('Senior Software Engineer at Acme Corporation'.slice(0, 30));
    expect(ad.headlines.every((h) => googleTextWidth(h) <= 30)).toBe(true);
  });

  it('shortens a long title at a word boundary', () => {
    const ad = generateResponsiveSearchAd(input({ title: 'Registered Nurse Intensive Care Unit Night Shift' }, { headline: 'x' }));
    expect(ad.headlines).toContain('Registered Nurse Intensive');
  });

  it('drops exclamation marks and emoji from headlines and dedupes case-insensitively', () => {
    const ad = generateResponsiveSearchAd(input({ title: 'NURSE!' }, { headline: 'Nurse 🚑' }));
    expect(ad.headlines.filter((h) => h.toLowerCase() === 'nurse')).toHaveLength(1);
    expect(ad.headlines.join(' ')).not.toMatch(/[!🚑]/u);
  });

  it('falls back to generic text when the job gives almost nothing', () => {
    const ad = generateResponsiveSearchAd({ job: { title: '', company: '', skills: [] }, creative: { headline: '', primaryText: '', description: '', callToAction: 'APPLY_NOW' } });
    expect(ad.headlines.length).toBeGreaterThanOrEqual(3);
    expect(ad.descriptions.length).toBeGreaterThanOrEqual(2);
    expect(ad).not.toHaveProperty('path2');
  });

  it('property: for any job and creative, every RSA limit holds', () => {
    const text = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('看護師', 'Pflegefachkraft', '  ', '!!!', '🚀🚀'));
    fc.assert(fc.property(
      fc.record({ title: text, company: text, location: fc.option(text, { nil: undefined }), skills: fc.array(text, { maxLength: 12 }) }),
      fc.record({ headline: text, primaryText: text, description: text }),
      (job, creative) => {
        const ad = generateResponsiveSearchAd({ job, creative: { ...creative, callToAction: 'APPLY_NOW' } });
        expect(validateResponsiveSearchAd(ad)).toEqual([]);
        expect(ad.headlines.length).toBeGreaterThanOrEqual(3);
        expect(ad.headlines.length).toBeLessThanOrEqual(15);
        expect(ad.descriptions.length).toBeGreaterThanOrEqual(2);
        expect(ad.descriptions.length).toBeLessThanOrEqual(4);
        expect(ad.headlines.every((h) => googleTextWidth(h) <= 30 && h.trim() === h && h.length > 0)).toBe(true);
        expect(ad.descriptions.every((d) => googleTextWidth(d) <= 90 && d.length > 0)).toBe(true);
        expect(new Set(ad.headlines.map((h) => h.toLocaleLowerCase())).size).toBe(ad.headlines.length);
      },
    ), { numRuns: 300 });
  });
});

describe('validateResponsiveSearchAd', () => {
  it('reports counts, widths, duplicates and paths', () => {
    expect(validateResponsiveSearchAd({ headlines: ['a', 'A'], descriptions: ['d'.repeat(91)], path1: 'has space' })).toEqual([
      'headlines: 2 given, 3–15 required',
      'headlines: "A" is duplicated',
      'descriptions: 1 given, 2–4 required',
      `descriptions: "${'d'.repeat(91)}" is longer than 90`,
      'path "has space" must be ≤ 15 characters without spaces',
    ]);
  });
});
