import { checkPayTransparency } from './pay-transparency';
import { PAY_TRANSPARENCY_RULES } from './pay-transparency.rules';

const TODAY = '2026-12-04';
const range = { min: 70000, max: 90000 };
const ids = (findings: { rule: string; severity: string }[]) => findings.map((f) => `${f.rule}:${f.severity}`);

describe('checkPayTransparency', () => {
  it('Colorado job without a salary: blocked, naming the law', () => {
    const findings = checkPayTransparency(null, [{ countryCode: 'US', region: 'Colorado' }], TODAY);
    expect(ids(findings)).toEqual(['US-CO:block']);
    expect(findings[0].message).toMatch(/C\.R\.S\. §8-5-201/);
    expect(findings[0].field).toBe('job.salary');
  });

  it('matches a state by code or name, and is satisfied by a full range', () => {
    expect(ids(checkPayTransparency(null, [{ countryCode: 'US', region: 'CA' }], TODAY))).toEqual(['US-CA:block']);
    expect(checkPayTransparency(range, [{ countryCode: 'US', region: 'California' }], TODAY)).toEqual([]);
  });

  it('a minimum alone is not a range', () => {
    expect(ids(checkPayTransparency({ min: 70000, max: null }, [{ countryCode: 'US', region: 'WA' }], TODAY))).toEqual(['US-WA:block']);
  });

  it('a state without a law (Texas) needs nothing', () => {
    expect(checkPayTransparency(null, [{ countryCode: 'US', region: 'Texas' }], TODAY)).toEqual([]);
  });

  it('a country-wide (or remote) US ad reaches every state with a law', () => {
    const found = ids(checkPayTransparency(null, [{ countryCode: 'US', region: '*' }], TODAY));
    expect(found).toEqual(expect.arrayContaining(['US-CO:block', 'US-CA:block', 'US-WA:block', 'US-NY:block', 'US-IL:block']));
  });

  it('a city with an unknown state does not trigger state laws', () => {
    expect(checkPayTransparency(null, [{ countryCode: 'US', region: null }], TODAY)).toEqual([]);
  });

  it('respects effective dates: Illinois applies from 2025-01-01', () => {
    expect(checkPayTransparency(null, [{ countryCode: 'US', region: 'IL' }], '2024-12-31')).toEqual([]);
    expect(ids(checkPayTransparency(null, [{ countryCode: 'US', region: 'IL' }], '2025-01-01'))).toEqual(['US-IL:block']);
  });

  it('EU Directive 2023/970 countries warn (range before the interview, transposition unverified) after 7 June 2026', () => {
    const de = checkPayTransparency(null, [{ countryCode: 'DE', region: 'Berlin' }], TODAY);
    expect(ids(de)).toEqual(['EU-2023/970-DE:warn']);
    expect(de[0].message).toMatch(/not confirmed/);
    expect(checkPayTransparency(null, [{ countryCode: 'DE', region: null }], '2026-06-06')).toEqual([]);
  });

  it('Austria requires at least the minimum pay in the ad (blocks), which a minimum satisfies', () => {
    expect(ids(checkPayTransparency(null, [{ countryCode: 'AT', region: null }], TODAY))).toEqual(['AT-GlBG:block', 'EU-2023/970-AT:warn']);
    expect(ids(checkPayTransparency({ min: 45000, max: null }, [{ countryCode: 'AT', region: null }], TODAY))).toEqual(['EU-2023/970-AT:warn']);
  });

  it('every rule cites a law and has an ISO date', () => {
    for (const rule of PAY_TRANSPARENCY_RULES) {
      expect(rule.law.length).toBeGreaterThan(5);
      expect(rule.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(PAY_TRANSPARENCY_RULES.filter((r) => r.law.includes('2023/970'))).toHaveLength(26);
  });
});
