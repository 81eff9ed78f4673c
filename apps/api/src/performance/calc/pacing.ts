import { daysInRange } from './periods';

/**
 * Budget pacing: how much of the budget is spent and where spend will land at the end of the
 * flight if the recent daily rate continues. Without an end date the period is the calendar month.
 */
export interface PacingInput {
  spentMinor: number;
  /** spend over the last `recentDays` days, for the projection rate */
  recentSpendMinor: number;
  recentDays: number;
  dailyBudgetMinor: number;
  totalBudgetMinor: number | null;
  startDate: string;
  endDate: string | null;
  today: string;
  /** Hours since the campaign's start instant (negative before it); a badge waits for a full day of data. */
  hoursLive: number;
}

export const PACING_STATUSES = ['not_started', 'collecting', 'on_track', 'underspending', 'overspending', 'ended'] as const;
export type PacingStatus = (typeof PACING_STATUSES)[number];

/** Below a full day of delivery the spend rate says nothing yet (a campaign live since 08:41 is not "underspending"). */
const HOURS_BEFORE_VERDICT = 24;

export interface Pacing {
  spentMinor: number;
  budgetMinor: number;
  elapsedDays: number;
  totalDays: number;
  projectedMinor: number;
  spentShare: number;
  status: PacingStatus;
}

/** Tolerance before calling a flight under- or overspending. */
const TOLERANCE = 0.1;

export function budgetPacing(input: PacingInput): Pacing {
  const end = input.endDate ?? endOfMonth(input.today);
  const totalDays = Math.max(1, daysInRange({ from: input.startDate, to: end }));
  const budgetMinor = input.totalBudgetMinor ?? input.dailyBudgetMinor * totalDays;
  const spentShare = budgetMinor > 0 ? input.spentMinor / budgetMinor : 0;
  if (input.today < input.startDate || input.hoursLive < 0) {
    return { spentMinor: input.spentMinor, budgetMinor, elapsedDays: 0, totalDays, projectedMinor: 0, spentShare, status: 'not_started' };
  }
  const elapsedDays = Math.min(totalDays, daysInRange({ from: input.startDate, to: input.today }));
  const remainingDays = totalDays - elapsedDays;
  // A flight younger than the recent window has spent over fewer days than the window counts.
  const rateDays = Math.min(input.recentDays, elapsedDays);
  const dailyRate = rateDays > 0 ? input.recentSpendMinor / rateDays : 0;
  // Platforms never spend past the daily budget for long, so the projection is capped by it.
  const projectedMinor = Math.round(input.spentMinor + Math.min(dailyRate, input.dailyBudgetMinor) * remainingDays);
  let status: PacingStatus;
  if (input.today > end) status = 'ended';
  else if (input.hoursLive < HOURS_BEFORE_VERDICT) status = 'collecting';
  else if (projectedMinor > budgetMinor * (1 + TOLERANCE)) status = 'overspending';
  else if (projectedMinor < budgetMinor * (1 - TOLERANCE)) status = 'underspending';
  else status = 'on_track';
  return { spentMinor: input.spentMinor, budgetMinor, elapsedDays, totalDays, projectedMinor, spentShare, status };
}

function endOfMonth(day: string): string {
  const [year, month] = day.split('-').map(Number);
  return new Date(Date.UTC(year!, month!, 0)).toISOString().slice(0, 10);
}
