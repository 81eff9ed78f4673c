/** A day range as the API uses it: inclusive YYYY-MM-DD strings, UTC days. */
export interface DayRange {
  from: string;
  to: string;
}

/** One value of one group on one day: the API's long-format time series row. */
export interface LongRow {
  date: string;
  key: string;
  label: string;
  value: number;
}

export interface SeriesInfo {
  key: string;
  label: string;
  total: number;
}

export interface PivotedDay {
  date: string;
  /** value per series key; every series has a value on every day (0 when the API sent no row) */
  values: Record<string, number>;
  total: number;
}

export interface PivotedSeries {
  /** biggest total first, so stacks and legends read the same way */
  series: SeriesInfo[];
  days: PivotedDay[];
  total: number;
}

const DAY_MS = 86_400_000;

/** Every day from `from` to `to` inclusive (UTC), e.g. for filling gaps in a series. */
export function eachDay({ from, to }: DayRange): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(start) || Number.isNaN(end)) return [];
  const days: string[] = [];
  for (let t = start; t <= end; t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/**
 * Long rows (date, key, label, value) → one entry per day of the range with a value per group:
 * the shape charts and tables need. Missing days are 0, rows outside the range are ignored,
 * repeated (date, key) rows add up.
 */
export function pivotSeries(rows: readonly LongRow[], range: DayRange): PivotedSeries {
  const days = eachDay(range);
  const index = new Map(days.map((d, i) => [d, i]));
  const info = new Map<string, SeriesInfo>();
  const cells = new Map<string, number>();
  for (const row of rows) {
    if (!index.has(row.date)) continue;
    const value = Number(row.value) || 0;
    const series = info.get(row.key) ?? { key: row.key, label: row.label, total: 0 };
    series.total += value;
    info.set(row.key, series);
    const cell = `${row.date}\u0000${row.key}`;
    cells.set(cell, (cells.get(cell) ?? 0) + value);
  }
  const series = [...info.values()].sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
  const pivoted = days.map((date) => {
    const values: Record<string, number> = {};
    let total = 0;
    for (const s of series) {
      const value = cells.get(`${date}\u0000${s.key}`) ?? 0;
      values[s.key] = value;
      total += value;
    }
    return { date, values, total };
  });
  return { series, days: pivoted, total: series.reduce((sum, s) => sum + s.total, 0) };
}
