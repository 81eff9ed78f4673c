import { plainToInstance, Transform } from 'class-transformer';
import { validateSync } from 'class-validator';
import { CountryCodes } from 'validator/lib/isISO31661Alpha2';
import { CurrencyCodes } from 'validator/lib/isISO4217';
import { COUNTRY_CODES, CURRENCY_CODES, IsCountryCode, IsCurrencyCode, toUpperCode } from './iso';

class Sample {
  @Transform(toUpperCode) @IsCountryCode() country: string;
  @Transform(toUpperCode) @IsCurrencyCode() currency: string;
}

const errorsOf = (plain: object) => validateSync(plainToInstance(Sample, plain)).map((e) => [e.property, Object.values(e.constraints ?? {})[0]]);

describe('ISO code lists', () => {
  it('has every assigned ISO 3166-1 alpha-2 code (cross-checked with validator.js)', () => {
    expect(COUNTRY_CODES.size).toBe(249);
    expect([...COUNTRY_CODES].sort()).toEqual([...CountryCodes].sort());
  });

  it('has the circulating ISO 4217 currencies and no funds, metals or test codes', () => {
    for (const code of ['EUR', 'USD', 'JPY', 'GBP', 'CHF', 'INR', 'XCG', 'ZWG']) expect(CURRENCY_CODES.has(code)).toBe(true);
    for (const code of ['XAU', 'XTS', 'XXX', 'CHE', 'USN', 'XDR', 'EUX']) expect(CURRENCY_CODES.has(code)).toBe(false);
    const newerThanValidator = new Set(['XCG', 'ZWG']);
    for (const code of CURRENCY_CODES) if (!newerThanValidator.has(code)) expect((CurrencyCodes as ReadonlySet<string>).has(code)).toBe(true);
  });

  it('validates and normalizes through class-validator decorators', () => {
    expect(errorsOf({ country: ' de', currency: 'eur' })).toEqual([]);
    expect(errorsOf({ country: 'XX', currency: 'EUX' })).toEqual([
      ['country', expect.stringContaining('ISO 3166-1 alpha-2')],
      ['currency', expect.stringContaining('ISO 4217')],
    ]);
    expect(errorsOf({ country: 42, currency: null }).map(([field]) => field)).toEqual(['country', 'currency']);
  });
});
