/**
 * Whether the live event stream (GET /api/events/stream) is open. While it is, the API pushes
 * every change of background work, so the polling intervals stand down; while it is not, they
 * poll as before (the fallback).
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

/** `refetchInterval` that polls every `ms` only while the live stream is not open. */
export const unlessLive = (ms: number): number | false => (liveConnected() ? false : ms);
