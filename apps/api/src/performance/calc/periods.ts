/** Date ranges as inclusive YYYY-MM-DD strings in UTC. */
export interface DateRange {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;

export const toDay = (date: Date): string => date.toISOString().slice(0, 10);
export const parseDay = (day: string): Date => new Date(`${day}T00:00:00.000Z`);
export const addDays = (day: string, days: number): string => toDay(new Date(parseDay(day).getTime() + days * DAY_MS));

export function daysInRange(range: DateRange): number {
  return Math.round((parseDay(range.to).getTime() - parseDay(range.from).getTime()) / DAY_MS) + 1;
}

/** The equally long period right before `range` (for deltas). */
export function previousPeriod(range: DateRange): DateRange {
  const length = daysInRange(range);
  return { from: addDays(range.from, -length), to: addDays(range.from, -1) };
}

/** Every day of the range, for filling gaps in time series. */
export function eachDay(range: DateRange): string[] {
  const days: string[] = [];
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Default dashboard range: the last 30 days up to today. */
export function defaultRange(today: Date = new Date()): DateRange {
  const to = toDay(today);
  return { from: addDays(to, -29), to };
}
