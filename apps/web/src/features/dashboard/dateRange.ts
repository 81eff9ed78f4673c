import { useCallback } from 'react';
import type { DateRange } from '../../api/hooks/performance';
import { useUrlFilters } from '../../app/useUrlFilters';
import { eachDay } from '../../components/charts/pivot';

/**
 * The reporting period of performance views, kept in the URL (`?range=7d` or `?from=…&to=…`) so a
 * view can be bookmarked, shared and reloaded. Days are UTC, like the API's.
 */
export const PRESETS = [
  { value: '7d', label: 'Last 7 days', days: 7 },
  { value: '30d', label: 'Last 30 days', days: 30 },
  { value: '90d', label: 'Last 90 days', days: 90 },
  { value: 'mtd', label: 'Month to date', days: null },
] as const;

export type Preset = (typeof PRESETS)[number]['value'];
export type RangeChoice = Preset | 'custom';

export const DEFAULT_PRESET: Preset = '30d';
/** The API refuses longer ranges. */
export const MAX_RANGE_DAYS = 731;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

export const todayUtc = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

const addDays = (day: string, days: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

export function isPreset(value: string | null): value is Preset {
  return PRESETS.some((p) => p.value === value);
}

export function presetRange(preset: Preset, today: string): DateRange {
  if (preset === 'mtd') return { from: `${today.slice(0, 8)}01`, to: today };
  const days = PRESETS.find((p) => p.value === preset)!.days!;
  return { from: addDays(today, -(days - 1)), to: today };
}

const isRealDay = (value: string) => DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

/** Field errors for a custom range, empty when it is usable. */
export function validateRange(from: string, to: string): { from?: string; to?: string } {
  const errors: { from?: string; to?: string } = {};
  if (!from) errors.from = 'Enter a start date.';
  else if (!isRealDay(from)) errors.from = 'Enter a real date (YYYY-MM-DD).';
  if (!to) errors.to = 'Enter an end date.';
  else if (!isRealDay(to)) errors.to = 'Enter a real date (YYYY-MM-DD).';
  if (errors.from || errors.to) return errors;
  if (from > to) errors.from = 'The start date must be on or before the end date.';
  else if (eachDay({ from, to }).length > MAX_RANGE_DAYS) errors.from = `Choose at most ${MAX_RANGE_DAYS} days.`;
  return errors;
}

/** What the URL says; anything unusable falls back to the default preset. */
export function rangeFromParams(params: URLSearchParams, today: string): { range: DateRange; choice: RangeChoice } {
  const from = params.get('from');
  const to = params.get('to');
  if (from && to && Object.keys(validateRange(from, to)).length === 0) return { range: { from, to }, choice: 'custom' };
  const preset = params.get('range');
  const choice = isPreset(preset) ? preset : DEFAULT_PRESET;
  return { range: presetRange(choice, today), choice };
}

export function useDateRange() {
  const today = todayUtc();
  const parse = useCallback((params: URLSearchParams) => rangeFromParams(params, today), [today]);
  const { query, update } = useUrlFilters(parse);
  const { range, choice } = query;
  const setPreset = useCallback(
    (preset: Preset) => update({ from: undefined, to: undefined, range: preset === DEFAULT_PRESET ? undefined : preset }, { history: 'push' }),
    [update],
  );
  const setCustom = useCallback((custom: DateRange) => update({ range: undefined, from: custom.from, to: custom.to }, { history: 'push' }), [update]);
  return { range, choice, setPreset, setCustom };
}
