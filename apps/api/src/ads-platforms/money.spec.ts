import fc from 'fast-check';
import { currencyExponent, decimalToMinor, metaOffset, microsToMinor, minorToMetaBudget, minorToMicros } from './money';

describe('money conversions', () => {
  it('uses ISO 4217 exponents, with 2 as the default', () => {
    expect([currencyExponent('USD'), currencyExponent('jpy'), currencyExponent('KWD'), currencyExponent('HUF')]).toEqual([2, 0, 3, 2]);
    expect(() => currencyExponent('dollars')).toThrow(RangeError);
  });

  it('uses Meta’s own offsets, which differ from ISO for HUF/TWD/COP/IDR/CRC', () => {
    expect(['USD', 'JPY', 'KRW', 'HUF', 'TWD', 'COP', 'BHD'].map(metaOffset)).toEqual([100, 1, 1, 1, 1, 1, 100]);
  });

  it.each([
    [2500, 'USD', 2500],
    [5000, 'JPY', 5000],
    [100_050, 'HUF', 1000], // 1000.50 Ft → Meta whole forints, rounded down
    [12_345, 'BHD', 1234], // 12.345 BHD (3 decimals) → Meta cents of a dinar
  ])('minorToMetaBudget(%d %s) = %d', (minor, currency, expected) => {
    expect(minorToMetaBudget(minor, currency)).toBe(expected);
  });

  it.each([
    ['12.34', 'USD', 1234],
    ['12.345', 'USD', 1235],
    ['12.344', 'USD', 1234],
    ['7', 'USD', 700],
    ['1234', 'JPY', 1234],
    ['0.5', 'JPY', 1],
    ['1000', 'HUF', 100_000],
    [undefined, 'USD', 0],
  ])('decimalToMinor(%s %s) = %d', (value, currency, expected) => {
    expect(decimalToMinor(value, currency)).toBe(expected);
  });

  it('rejects what is not a plain non-negative decimal', () => {
    expect(() => decimalToMinor('1e3', 'USD')).toThrow(RangeError);
    expect(() => decimalToMinor('-1', 'USD')).toThrow(RangeError);
  });

  it('converts minor units to micros and back without floating point drift', () => {
    expect(minorToMicros(2500, 'USD')).toBe(25_000_000);
    expect(minorToMicros(5000, 'JPY')).toBe(5_000_000_000);
    expect(microsToMinor(1_230_000, 'USD')).toBe(123);
    expect(microsToMinor('4567890', 'USD')).toBe(457);
    expect(microsToMinor(1_500_000_000, 'JPY')).toBe(1500);
    fc.assert(fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.constantFrom('USD', 'JPY', 'KWD'), (minor, currency) => microsToMinor(minorToMicros(minor, currency), currency) === minor));
  });

  it('refuses fractional or negative minor amounts', () => {
    expect(() => minorToMicros(1.5, 'USD')).toThrow(RangeError);
    expect(() => minorToMetaBudget(-1, 'USD')).toThrow(RangeError);
  });
});
