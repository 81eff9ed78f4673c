/**
 * Plausible daily delivery for the sandbox platform. Pure and deterministic: the same
 * publication, date, budget and audience always give the same numbers.
 *
 * Model (one day):
 * - pacing: the platform spends 85–100 % of the daily budget, times the share of the day the
 *   campaign was active;
 * - price: a CPM drawn between 4 and 12 "dollar-like" units, scaled to the currency (below);
 * - audience: at most 4 impressions per person per day, so a small audience cannot absorb a big
 *   budget (spend is then reduced to what was actually delivered);
 * - reach = impressions / frequency (1.1–2.0), capped by the audience;
 * - clicks from a CTR of 0.5–3 %, conversions from a CVR of 2–10 % of clicks;
 * - unique clicks: 80–100 % of clicks (some people click twice), at most the reach;
 * - CPM and frequency as a platform reports them: spend / impressions × 1000 and impressions / reach.
 */
import { currencyExponent } from '../money';
import { between, seededRandom } from './seeded-random';

export interface DeliveryInput {
  dailyBudgetMinor: number;
  currency: string;
  audienceSize: number;
  /** Fraction of the day the campaign was active, 0–1 (default 1). */
  activeShare?: number;
  /** Deterministic seed, see deliverySeed(). */
  seed: string;
}

export interface DeliveryDay {
  impressions: number;
  reach: number;
  clicks: number;
  uniqueClicks: number;
  spendMinor: number;
  conversions: number;
  /** spend / impressions × 1000, in micros of the currency; null without impressions. */
  cpmMicros: number | null;
  /** impressions / reach (4 decimals); null without reach. */
  frequency: number | null;
}

/**
 * Rough units of a currency per US dollar, so a JPY or KRW sandbox does not buy impressions at
 * a few yen per thousand. Approximate on purpose (a simulator, not an FX source); unknown → 1.
 */
const UNITS_PER_USD: Readonly<Record<string, number>> = {
  JPY: 150, KRW: 1300, HUF: 360, CLP: 900, COP: 4000, IDR: 15_000, INR: 83, MXN: 17, BRL: 5, ZAR: 18, TRY: 32,
  SEK: 10, NOK: 10, DKK: 7, PLN: 4, CZK: 23, TWD: 32, PHP: 56, THB: 35, ISK: 138, PYG: 7300, CRC: 520, VND: 25_000,
};

const MAX_DAILY_FREQUENCY = 4;

export function deliverySeed(publicationKey: string, date: string): string {
  return `${publicationKey}|${date}`;
}

export function simulateDailyDelivery(input: DeliveryInput): DeliveryDay {
  const share = Math.min(1, Math.max(0, input.activeShare ?? 1));
  const zero: DeliveryDay = { impressions: 0, reach: 0, clicks: 0, uniqueClicks: 0, spendMinor: 0, conversions: 0, cpmMicros: null, frequency: null };
  if (share === 0 || input.dailyBudgetMinor <= 0 || input.audienceSize <= 0) return zero;

  const rand = seededRandom(input.seed);
  const pacing = between(rand, 0.85, 1.0);
  const cpmMinor = between(rand, 4, 12) * (UNITS_PER_USD[input.currency.toUpperCase()] ?? 1) * 10 ** currencyExponent(input.currency);
  const targetFrequency = between(rand, 1.1, 2.0);
  const ctr = between(rand, 0.005, 0.03);
  const cvr = between(rand, 0.02, 0.1);
  const uniqueShare = between(rand, 0.8, 1.0);

  let spendMinor = Math.floor(input.dailyBudgetMinor * pacing * share);
  let impressions = Math.floor((spendMinor / cpmMinor) * 1000);
  const maxImpressions = Math.floor(input.audienceSize * MAX_DAILY_FREQUENCY * share);
  if (impressions > maxImpressions) {
    impressions = maxImpressions;
    spendMinor = Math.floor((impressions * cpmMinor) / 1000);
  }
  const reach = Math.min(input.audienceSize, impressions, Math.round(impressions / targetFrequency));
  const clicks = Math.min(impressions, Math.round(impressions * ctr));
  const conversions = Math.min(clicks, Math.round(clicks * cvr));
  const uniqueClicks = Math.min(reach, clicks, Math.round(clicks * uniqueShare));
  const exponent = currencyExponent(input.currency);
  const cpmMicros = impressions > 0 ? Math.round(((spendMinor / 10 ** exponent) * 1_000_000 * 1000) / impressions) : null;
  const reported = reach > 0 ? Math.round((impressions / reach) * 10_000) / 10_000 : null;
  return { impressions, reach, clicks, uniqueClicks, spendMinor, conversions, cpmMicros, frequency: reported };
}
