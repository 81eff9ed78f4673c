/**
 * Number and money formatting for charts and performance views. Money from the API is integer minor units of
 * a currency; the number of decimals is the currency's minor-unit exponent, which Intl knows
 * (`resolvedOptions().maximumFractionDigits`: USD 2, JPY 0, KWD 3), so nothing is hard-coded here.
 */

/** Shown for values that are undefined (no clicks → no CPC), never "NaN" or "0". */
export const NO_VALUE = '—';

const exponents = new Map<string, number>();
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * One Intl.NumberFormat per locale and options, reused: building one is far slower than formatting
 * with it, and a dashboard formats hundreds of figures per render.
 */
export function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

/** ISO 4217 minor-unit exponent of `currency` (USD 2, JPY 0). */
export function currencyExponent(currency: string): number {
  const code = currency.trim().toUpperCase();
  let exponent = exponents.get(code);
  if (exponent === undefined) {
    exponent = numberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
    exponents.set(code, exponent);
  }
  return exponent;
}

/** Minor units → major units as a number (1234 USD → 12.34, 1234 JPY → 1234). */
export function toMajor(minor: number, currency: string): number {
  return minor / 10 ** currencyExponent(currency);
}

/** Major units → integer minor units (12.34 USD → 1234); rounds away float noise like 0.1 + 0.2. */
export function toMinor(major: number, currency: string): number {
  return Math.round(major * 10 ** currencyExponent(currency));
}

export interface MoneyOptions {
  /**
   * 'exact' (default): every minor digit ("$1,234.56"). 'auto': adapts to the amount, so small
   * amounts keep their cents and large ones stay short: under 10 units with cents ("$0.45",
   * "$2.50"), whole units up to 1,000 ("$250"), compact above ("$12.3K", "$1.2M").
   */
  style?: 'exact' | 'auto';
  /**
   * The amount (minor units) that picks the 'auto' format instead of the value itself: an axis
   * passes its largest value so every tick has the same precision (never an axis of all "$0").
   */
  scaleMinor?: number;
  locale?: string;
}

/** `formatMoney(123456, 'USD')` → "$1,234.56"; `formatMoney(1234, 'JPY')` → "¥1,234"; see MoneyOptions for 'auto'. */
export function formatMoney(minor: number | null | undefined, currency: string, options: MoneyOptions = {}): string {
  if (minor === null || minor === undefined || !Number.isFinite(minor)) return NO_VALUE;
  const digits = currencyExponent(currency);
  const base = { style: 'currency', currency } as const;
  let format: Intl.NumberFormatOptions = { ...base, minimumFractionDigits: digits, maximumFractionDigits: digits };
  if (options.style === 'auto') {
    const magnitude = Math.abs(toMajor(options.scaleMinor ?? minor, currency));
    if (magnitude >= 1000) format = { ...base, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 };
    else if (magnitude >= 10) format = { ...base, minimumFractionDigits: 0, maximumFractionDigits: 0 };
  }
  return numberFormat(options.locale, format).format(toMajor(minor, currency));
}

/** Tick labels of a money axis whose values are `values` (minor units): one precision for the whole axis. */
export function moneyTickFormatter(currency: string, values: readonly number[], locale?: string): (minor: number) => string {
  const scaleMinor = values.reduce((max, v) => Math.max(max, Math.abs(v)), 0);
  return (minor) => formatMoney(minor, currency, { style: 'auto', scaleMinor, locale });
}

/** A money amount in major units for a spreadsheet cell (1234 USD → 12.34), null stays empty. */
export function moneyCellValue(minor: number | null | undefined, currency: string): number | null {
  return minor === null || minor === undefined || !Number.isFinite(minor) ? null : toMajor(minor, currency);
}

/** Counts ("12,345"); compact for axis ticks ("12K"). Fractional values keep up to 2 decimals. */
export function formatCount(value: number | null | undefined, options: { compact?: boolean; locale?: string } = {}): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  const format = options.compact
    ? numberFormat(options.locale, { notation: 'compact', maximumFractionDigits: 1 })
    : numberFormat(options.locale, { maximumFractionDigits: 2 });
  return format.format(value);
}

/** A ratio 0..1 as a percentage ("3.25%"). */
export function formatRatio(ratio: number | null | undefined, options: { locale?: string; digits?: number } = {}): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return NO_VALUE;
  const digits = options.digits ?? 2;
  return numberFormat(options.locale, { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: digits }).format(ratio);
}

/** A relative change (0.25) as a signed percentage ("+25%", "−3.5%", "0%"). */
export function formatChange(change: number, options: { locale?: string } = {}): string {
  return numberFormat(options.locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(change);
}

const dayFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });
const dayWithYearFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** A YYYY-MM-DD day from the API (a UTC day), e.g. "Nov 3" or with the year "Nov 3, 2026". */
export function formatDay(day: string, withYear = false): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return (withYear ? dayWithYearFormat : dayFormat).format(date);
}

export function formatRange(range: { from: string; to: string }): string {
  return range.from === range.to ? formatDay(range.from, true) : `${formatDay(range.from, true)} – ${formatDay(range.to, true)}`;
}

