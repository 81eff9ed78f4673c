import { copyFormat, fitVariant } from './copy-format';

describe('copyFormat (limits from the platform descriptors)', () => {
  it('Meta: one headline ≤ 40, primary text ≤ 125, one description ≤ 30, counted in characters', () => {
    const meta = copyFormat('meta');
    expect(meta.fields).toEqual({ headline: { maxLength: 40, maxCount: 1 }, primaryText: { maxLength: 125, maxCount: 1 }, description: { maxLength: 30, maxCount: 1 } });
    expect(meta.measure('看看')).toBe(2);
  });

  it('Google RSA: up to 15 headlines ≤ 30 and 4 descriptions ≤ 90, no primary text, double-width counting', () => {
    const google = copyFormat('google');
    expect(google.fields).toEqual({ headline: { maxLength: 30, maxCount: 15 }, primaryText: null, description: { maxLength: 90, maxCount: 4 } });
    expect(google.measure('看看')).toBe(4);
  });

  it('Sandbox declares no text limits: the campaign form’s own bounds apply', () => {
    expect(copyFormat('sandbox').fields.headline).toEqual({ maxLength: 200, maxCount: 1 });
  });
});

describe('fitVariant', () => {
  const google = copyFormat('google');
  const meta = copyFormat('meta');

  it('trims every text to its limit at a word boundary, drops duplicates (case-insensitive), extras and emoji', () => {
    const v = fitVariant({
      headlines: ['Registered Nurse at St. Mary Clinic Austin', 'Now Hiring Nurses 🚑', 'now hiring nurses', ...Array.from({ length: 20 }, (_, i) => `Headline ${i}`)],
      descriptions: ['Short one.', 'x '.repeat(60)],
      callToAction: 'LEARN_MORE',
    }, google)!;
    expect(v.headlines[0]).toBe('Registered Nurse at St. Mary');
    expect(v.headlines[1]).toBe('Now Hiring Nurses');
    expect(v.headlines).toHaveLength(15);
    expect(v.headlines.filter((h) => h.toLowerCase() === 'now hiring nurses')).toHaveLength(1);
    expect(v.descriptions.every((d) => google.measure(d) <= 90)).toBe(true);
    expect(v.primaryText).toBeNull();
    expect(v.callToAction).toBe('LEARN_MORE');
  });

  it('counts double-width characters twice on Google', () => {
    const v = fitVariant({ headlines: ['看'.repeat(20)], descriptions: ['ok'], callToAction: 'APPLY_NOW' }, google)!;
    expect(google.measure(v.headlines[0])).toBeLessThanOrEqual(30);
    expect([...v.headlines[0]]).toHaveLength(15);
  });

  it('rejects what cannot make an ad: no headline, no description, no primary text where the platform has one', () => {
    expect(fitVariant({ headlines: [' '], descriptions: ['d'], primaryText: 'p' }, meta)).toBeNull();
    expect(fitVariant({ headlines: ['h'], descriptions: [], primaryText: 'p' }, meta)).toBeNull();
    expect(fitVariant({ headlines: ['h'], descriptions: ['d'] }, meta)).toBeNull();
    expect(fitVariant('not an object', meta)).toBeNull();
  });

  it('defaults an unknown call to action to APPLY_NOW', () => {
    expect(fitVariant({ headlines: ['h'], descriptions: ['d'], primaryText: 'p', callToAction: 'BUY_NOW' }, meta)!.callToAction).toBe('APPLY_NOW');
  });
});
