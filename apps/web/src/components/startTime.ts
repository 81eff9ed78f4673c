const timeOnly = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dayAndTime = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/**
 * When something starts, as short as the reader needs it: "09:00" later today, "5 Dec, 09:00"
 * on another day (reader's locale and time zone).
 */
export function formatStartTime(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  return date.toDateString() === now.toDateString() ? timeOnly.format(date) : dayAndTime.format(date);
}

/** The start is still ahead. */
export const isAhead = (iso: string | null | undefined, now: Date = new Date()): iso is string => !!iso && new Date(iso).getTime() > now.getTime();
