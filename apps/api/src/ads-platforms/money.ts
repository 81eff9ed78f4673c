/**
 * Money conversions between AdFlux and the platforms, in integer arithmetic only.
 *
 * AdFlux "minor units" follow the ISO 4217 exponent of the currency (USD 2 → cents, JPY 0 → yen,
 * KWD 3 → fils). Platforms use their own scales:
 * - Meta budgets are integers in the account currency times Meta's "offset" (100 or 1), which is
 *   NOT always the ISO exponent: HUF, TWD, COP, IDR and CRC have 2 ISO decimals but offset 1, and
 *   the 3-decimal dinars use offset 100 (developers.facebook.com/docs/marketing-api/currencies).
 * - Meta insights report spend as a decimal string in major units ("12.34").
 * - Google uses micros: 1 major unit = 1 000 000 micros.
 */

/** ISO 4217 exponents that differ from 2 (everything else uses 2). */
const ISO_EXPONENT: Readonly<Record<string, number>> = {
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0,
  UGX: 0, UYI: 0, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  CLF: 4, UYW: 4,
};

/** Meta's offset-1 currencies (Marketing API "Currency codes" table); all others use 100. */
const META_OFFSET_ONE = new Set(['CLP', 'COP', 'CRC', 'HUF', 'IDR', 'ISK', 'JPY', 'KRW', 'PYG', 'TWD', 'VND']);

function normalise(currency: string): string {
  const code = currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) throw new RangeError(`not an ISO 4217 currency code: "${currency}"`);
  return code;
}

function assertMinor(amountMinor: number): void {
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 0) {
    throw new RangeError(`amount must be a non-negative integer of minor units, got ${amountMinor}`);
  }
}

export function currencyExponent(currency: string): number {
  return ISO_EXPONENT[normalise(currency)] ?? 2;
}

export function metaOffset(currency: string): 1 | 100 {
  return META_OFFSET_ONE.has(normalise(currency)) ? 1 : 100;
}

/**
 * AdFlux minor units → Meta budget integer. Rounds DOWN where Meta's scale is coarser
 * (e.g. HUF 1000.50 → 1000): a budget must never exceed what the recruiter approved.
 */
export function minorToMetaBudget(amountMinor: number, currency: string): number {
  assertMinor(amountMinor);
  const scaled = BigInt(amountMinor) * BigInt(metaOffset(currency));
  return Number(scaled / 10n ** BigInt(currencyExponent(currency)));
}

/** Parses a non-negative decimal string ("12.34", "7", "0.005") into minor units, rounding half up. */
export function decimalToMinor(value: string | number | undefined | null, currency: string): number {
  if (value === undefined || value === null || value === '') return 0;
  const text = String(value).trim();
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new RangeError(`not a non-negative decimal amount: "${text}"`);
  const exp = currencyExponent(currency);
  const [, whole, frac = ''] = match;
  const kept = (frac + '0'.repeat(exp)).slice(0, exp);
  const roundUp = frac.length > exp && Number(frac[exp]) >= 5;
  const minor = BigInt(whole) * 10n ** BigInt(exp) + BigInt(kept || '0') + (roundUp ? 1n : 0n);
  return Number(minor);
}

/** AdFlux minor units → Google micros (minor × 10^(6 − exponent)). */
export function minorToMicros(amountMinor: number, currency: string): number {
  assertMinor(amountMinor);
  const exp = currencyExponent(currency);
  if (exp > 6) throw new RangeError(`currency ${currency} has more than 6 decimals`);
  return Number(BigInt(amountMinor) * 10n ** BigInt(6 - exp));
}

/** Google micros → AdFlux minor units, rounding half up (cost_micros is not always whole cents). */
export function microsToMinor(micros: number | string | undefined | null, currency: string): number {
  if (micros === undefined || micros === null || micros === '') return 0;
  const value = BigInt(typeof micros === 'number' ? Math.round(micros) : micros);
  if (value < 0n) throw new RangeError(`negative micros: ${micros}`);
  const divisor = 10n ** BigInt(6 - currencyExponent(currency));
  return Number((value + divisor / 2n) / divisor);
}
