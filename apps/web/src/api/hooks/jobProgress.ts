import { useEffect, useRef } from 'react';
import { unlessLive } from '../liveStatus';

/** Background work (imports, data generation, segmentation runs) that is queued or running: still worth polling. */
export const isInFlight = (job: { status: string } | undefined): boolean => job?.status === 'queued' || job?.status === 'running';

/**
 * Calls `onFinished` once each time watched background work goes from in flight to done, e.g. to
 * refresh what the work changed. `inFlight` is undefined while nothing is loaded yet; work that
 * was already done when the page opened does not count as finishing.
 */
export function useOnJobFinished(inFlight: boolean | undefined, onFinished: () => void): void {
  const wasInFlight = useRef(false);
  useEffect(() => {
    if (inFlight === undefined) return;
    if (inFlight) wasInFlight.current = true;
    else if (wasInFlight.current) {
      wasInFlight.current = false;
      onFinished();
    }
  }, [inFlight, onFinished]);
}

/** `refetchInterval` for one piece of background work: every `ms` while it is in flight and the live stream is down. */
export const pollWhileInFlight =
  (ms: number) =>
  (query: { state: { data?: { status: string } } }): number | false =>
    isInFlight(query.state.data) ? unlessLive(ms) : false;

/** `refetchInterval` for a paged history of background work: every `ms` while any of it is in flight and the live stream is down. */
export const pollWhileAnyInFlight =
  (ms: number) =>
  (query: { state: { data?: { pages: ReadonlyArray<{ items: ReadonlyArray<{ status: string }> }> } } }): number | false =>
    query.state.data?.pages.some((p) => p.items.some(isInFlight)) ? unlessLive(ms) : false;
