import { describe, expect, it } from 'vitest';
import { currencyExponent, formatChange, formatCount, formatMoney, formatRatio, moneyCellValue, moneyTickFormatter, NO_VALUE, toMajor, toMinor } from './format';

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

  it('auto style: cents under a unit, whole units in the hundreds, compact thousands above', () => {
    const auto = (minor: number, currency = 'USD') => formatMoney(minor, currency, { style: 'auto', locale: 'en-US' });
    expect(auto(45)).toBe('$0.45');
    expect(auto(250)).toBe('$2.50');
    expect(auto(25_049)).toBe('$250');
    expect(auto(1_250_000)).toBe('$12.5K');
    expect(auto(123_456_789)).toBe('$1.2M');
    expect(auto(1_250_000, 'JPY')).toBe('¥1.3M');
    expect(auto(800, 'JPY')).toBe('¥800');
  });

  it('scenario: an axis of a few cents a day shows cents, never a column of "$0"', () => {
    const tick = moneyTickFormatter('USD', [0, 12, 30, 45], 'en-US');
    const labels = [0, 15, 30, 45, 60].map(tick);
    expect(labels).toEqual(['$0.00', '$0.15', '$0.30', '$0.45', '$0.60']);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('scenario: an axis in the thousands is compact, with one precision for every tick', () => {
    const tick = moneyTickFormatter('USD', [120_000, 2_400_000], 'en-US');
    expect([0, 50_000, 1_000_000, 2_500_000].map(tick)).toEqual(['$0', '$500', '$10K', '$25K']);
  });

  it('scenario: an axis of a few units keeps the cents that tell ticks apart', () => {
    const tick = moneyTickFormatter('USD', [100, 750], 'en-US');
    expect([0, 250, 500, 750].map(tick)).toEqual(['$0.00', '$2.50', '$5.00', '$7.50']);
  });

  it('gives spreadsheets money in major units', () => {
    expect(moneyCellValue(123456, 'USD')).toBe(1234.56);
    expect(moneyCellValue(1234, 'JPY')).toBe(1234);
    expect(moneyCellValue(null, 'USD')).toBeNull();
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
