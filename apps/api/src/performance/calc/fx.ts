import { currencyExponent } from '../../ads-platforms';

/**
 * Converts spend into one reporting currency so dashboards can add Meta EUR and Google USD.
 * Rates are approximate units of currency per 1 USD (mid-market, Nov 2026), kept in code on purpose:
 * dashboards compare campaigns, they do not reconcile invoices (the per-currency spend is stored too).
 */
const UNITS_PER_USD: Readonly<Record<string, number>> = {
  USD: 1, EUR: 0.92, GBP: 0.79, CHF: 0.88, CAD: 1.38, AUD: 1.52, NZD: 1.66, JPY: 150, CNY: 7.2, INR: 84,
  BRL: 5.6, MXN: 18.5, COP: 4100, CLP: 940, ARS: 1000, PEN: 3.75, PLN: 4, SEK: 10.6, NOK: 10.8, DKK: 6.9,
  CZK: 23, HUF: 360, RON: 4.6, TRY: 34, ZAR: 18, NGN: 1600, KES: 130, EGP: 49, AED: 3.67, SAR: 3.75,
  SGD: 1.34, HKD: 7.8, KRW: 1380, TWD: 32, IDR: 15800, PHP: 58, THB: 35, VND: 25000, MYR: 4.5, ILS: 3.7,
};

export class UnknownCurrencyError extends Error {}

export function convertMinor(amountMinor: number, from: string, to: string): number {
  if (from === to) return amountMinor;
  const fromRate = UNITS_PER_USD[from];
  const toRate = UNITS_PER_USD[to];
  if (!fromRate || !toRate) throw new UnknownCurrencyError(`no reporting rate for ${fromRate ? to : from}`);
  const major = amountMinor / 10 ** currencyExponent(from);
  return Math.round((major / fromRate) * toRate * 10 ** currencyExponent(to));
}

export const hasReportingRate = (currency: string): boolean => currency in UNITS_PER_USD;
