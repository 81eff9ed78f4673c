import { convertMinor, UnknownCurrencyError } from './fx';

describe('reporting currency conversion', () => {
  it('keeps the same currency untouched', () => expect(convertMinor(12345, 'EUR', 'EUR')).toBe(12345));
  it('converts EUR cents to USD cents', () => expect(convertMinor(92_00, 'EUR', 'USD')).toBe(100_00));
  it('respects zero-decimal currencies', () => expect(convertMinor(15000, 'JPY', 'USD')).toBe(100_00));
  it('refuses an unknown currency', () => expect(() => convertMinor(1, 'XXX', 'USD')).toThrow(UnknownCurrencyError));
});
