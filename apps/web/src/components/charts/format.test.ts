import { describe, expect, it } from 'vitest';
import { currencyExponent, formatChange, formatCount, formatMoney, formatRatio, NO_VALUE, toMajor, toMinor } from './format';

// Intl separates currency codes with a no-break space; compare with plain spaces.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('money formatting', () => {
  it('uses the currency minor-unit exponent from Intl', () => {
    expect(currencyExponent('USD')).toBe(2);
    expect(currencyExponent('JPY')).toBe(0);
    expect(currencyExponent('KWD')).toBe(3);
    expect(currencyExponent('eur')).toBe(2);
  });

  it('formats minor units as major units with the right number of decimals', () => {
    expect(formatMoney(123456, 'USD', { locale: 'en-US' })).toBe('$1,234.56');
    expect(formatMoney(5, 'USD', { locale: 'en-US' })).toBe('$0.05');
    expect(formatMoney(0, 'USD', { locale: 'en-US' })).toBe('$0.00');
    expect(formatMoney(1234, 'JPY', { locale: 'en-US' })).toBe('¥1,234');
    expect(plain(formatMoney(1234, 'KWD', { locale: 'en-US' }))).toBe('KWD 1.234');
    expect(plain(formatMoney(150000, 'EUR', { locale: 'de-DE' }))).toBe('1.500,00 €');
  });

  it('shows a dash for undefined values instead of $0 or NaN', () => {
    expect(formatMoney(null, 'USD')).toBe(NO_VALUE);
    expect(formatMoney(undefined, 'USD')).toBe(NO_VALUE);
    expect(formatMoney(Number.NaN, 'USD')).toBe(NO_VALUE);
    expect(formatRatio(null)).toBe(NO_VALUE);
    expect(formatCount(null)).toBe(NO_VALUE);
  });

  it('has a compact form for axis ticks', () => {
    expect(formatMoney(1_250_000, 'USD', { compact: true, locale: 'en-US' })).toBe('$12.5K');
    expect(formatMoney(1_250_000, 'JPY', { compact: true, locale: 'en-US' })).toBe('¥1.3M');
  });

  it('converts between major and minor units without float noise', () => {
    expect(toMinor(12.34, 'USD')).toBe(1234);
    expect(toMinor(0.1 + 0.2, 'USD')).toBe(30);
    expect(toMinor(1.005, 'USD')).toBe(100); // 1.005 is 1.00499… in binary: the nearest cent
    expect(toMinor(5000, 'JPY')).toBe(5000);
    expect(toMinor(1.234, 'KWD')).toBe(1234);
    expect(toMajor(1234, 'USD')).toBe(12.34);
    expect(toMajor(1234, 'JPY')).toBe(1234);
  });

  it('formats ratios and signed changes as percentages', () => {
    expect(formatRatio(0.0325, { locale: 'en-US' })).toBe('3.25%');
    expect(formatRatio(1, { locale: 'en-US' })).toBe('100%');
    expect(formatChange(0.25, { locale: 'en-US' })).toBe('+25%');
    expect(formatChange(-0.035, { locale: 'en-US' })).toBe('-3.5%');
    expect(formatChange(0, { locale: 'en-US' })).toBe('0%');
  });
});
