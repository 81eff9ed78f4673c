import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { connectLiveEvents } from '../liveEvents';
import { liveStatus, onLiveStatus, type LiveStatus } from '../liveStatus';

/** Mounted once by the signed-in shell: live updates for every page while someone is signed in. */
export function useLiveEvents(): void {
  const queryClient = useQueryClient();
  useEffect(() => connectLiveEvents(queryClient), [queryClient]);
}

/** Whether pages are updated live right now ('open') or by polling (the stream is connecting, down or off). */
export function useLiveStatus(): LiveStatus {
  return useSyncExternalStore(onLiveStatus, liveStatus);
}
