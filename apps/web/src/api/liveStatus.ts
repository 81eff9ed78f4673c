/**
 * Whether the live event stream (GET /api/events/stream) is open. While it is, the API pushes
 * every change of background work, so the polling intervals slow to a safety poll; while it is not,
 * they poll as before (the fallback).
 */
export type LiveStatus = 'off' | 'connecting' | 'open' | 'down';

let status: LiveStatus = 'off';
const listeners = new Set<() => void>();

export const liveStatus = (): LiveStatus => status;
export const liveConnected = (): boolean => status === 'open';

export function setLiveStatus(next: LiveStatus): void {
  if (next === status) return;
  status = next;
  for (const listener of listeners) listener();
}

export function onLiveStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * While the stream is open, work in flight is still re-read now and then: an event can be lost between a page's
 * subscription and its own request (the e2e suite caught "Sync now" and a segmentation run waiting forever).
 */
export const LIVE_SAFETY_POLL_MS = 5_000;

/** `refetchInterval` for work in flight: every `ms` while the live stream is not open, else the slow safety poll. */
export const unlessLive = (ms: number): number => (liveConnected() ? Math.max(ms, LIVE_SAFETY_POLL_MS) : ms);
