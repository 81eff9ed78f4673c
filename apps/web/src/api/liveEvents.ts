import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { Schema } from './client';
import { liveConnected, setLiveStatus } from './liveStatus';
import { campaignKeys, candidateKeys, notificationKeys, performanceKeys, platformConnectionKeys, segmentKeys } from './queryKeys';

/** One message of GET /api/events/stream: its `data:` JSON (the contract's LiveEventDto). */
export type LiveMessage = Schema<'LiveEventDto'>;

const FINISHED = new Set(['completed', 'failed', 'succeeded']);

/** The cache entries a live event makes stale (prefixes: each covers every entry under it). */
export function keysFor(message: LiveMessage): QueryKey[] {
  switch (message.type) {
    case 'import.progress': {
      const d = message.data as Schema<'ImportProgressEventData'>;
      // The end of an import changes the candidates too; progress only the import.
      return FINISHED.has(d.status) ? [candidateKeys.all] : [candidateKeys.import(d.importId), candidateKeys.imports];
    }
    case 'segmentation.progress': {
      const d = message.data as Schema<'SegmentationProgressEventData'>;
      return FINISHED.has(d.status) ? [segmentKeys.all] : [segmentKeys.run(d.runId), segmentKeys.runs];
    }
    case 'publication.status': {
      const { campaignId } = message.data as Schema<'PublicationStatusEventData'>;
      return [campaignKeys.one(campaignId), campaignKeys.events(campaignId), campaignKeys.lists];
    }
    case 'sync.finished':
      return [performanceKeys.all, campaignKeys.lists];
    case 'connection.needs_reauth':
      return [platformConnectionKeys.all];
    case 'notification.created':
      // Only its recipient's streams carry it: the bell's count and the list.
      return [notificationKeys.all];
    default:
      return [];
  }
}

/** What background work can change: refreshed after a `reset` and whenever the stream drops (polling takes over). */
const WATCHED: QueryKey[] = [candidateKeys.all, segmentKeys.all, campaignKeys.all, performanceKeys.all, platformConnectionKeys.all, notificationKeys.all];

function refresh(queryClient: QueryClient, keys: QueryKey[]): void {
  for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
}

export function applyLiveMessage(queryClient: QueryClient, message: LiveMessage): void {
  refresh(queryClient, message.type === 'reset' ? WATCHED : keysFor(message));
}

export interface LiveOptions {
  url?: string;
  EventSourceImpl?: typeof EventSource;
  /** Wait before opening a new stream after the API refused or dropped one for good (attempt 0, 1, …). */
  backoffMs?: (attempt: number) => number;
  /** The page whose visibility decides whether a stream is held (default: `document`). */
  page?: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;
  /** A hidden tab lets its stream go after this long, and catches up after Last-Event-ID when shown again. */
  hiddenGraceMs?: number;
}

const defaultBackoff = (attempt: number) => Math.min(30_000, 1000 * 2 ** attempt) * (0.75 + Math.random() / 2);

/**
 * Subscribes to the live stream and keeps the query cache fresh; returns the unsubscribe. The
 * browser reconnects a dropped stream by itself (sending Last-Event-ID); when it gives up (the
 * API answered an error), a new stream is opened with backoff, passing the last id as a query
 * parameter. While the stream is not open, the polled queries are refreshed so polling resumes.
 * A tab hidden for a while closes its stream (browsers allow ~6 connections per host over HTTP/1.1,
 * so many open tabs must not each hold one) and resumes after its last event id when shown again.
 */
export function connectLiveEvents(queryClient: QueryClient, options: LiveOptions = {}): () => void {
  const Impl = options.EventSourceImpl ?? (typeof EventSource === 'undefined' ? undefined : EventSource);
  if (!Impl) return () => undefined; // no EventSource (old browser, tests): polling only
  const url = options.url ?? '/api/events/stream';
  const backoff = options.backoffMs ?? defaultBackoff;
  let source: EventSource | undefined;
  let lastId: string | undefined;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let hiddenTimer: ReturnType<typeof setTimeout> | undefined;
  const page = options.page ?? (typeof document === 'undefined' ? undefined : document);
  const hiddenGraceMs = options.hiddenGraceMs ?? 60_000;

  const goDown = () => {
    const wasOpen = liveConnected();
    setLiveStatus('down');
    if (wasOpen) refresh(queryClient, WATCHED);
  };
  const open = () => {
    setLiveStatus('connecting');
    source = new Impl(lastId ? `${url}?lastEventId=${encodeURIComponent(lastId)}` : url, { withCredentials: true });
    source.onopen = () => {
      attempt = 0;
      setLiveStatus('open');
    };
    source.onmessage = (event: MessageEvent<string>) => {
      if (event.lastEventId) lastId = event.lastEventId;
      try {
        applyLiveMessage(queryClient, JSON.parse(event.data) as LiveMessage);
      } catch {
        // not ours: ignore
      }
    };
    source.onerror = () => {
      if (stopped) return;
      goDown();
      if (source?.readyState === Impl.CLOSED) {
        source.close();
        timer = setTimeout(open, backoff(attempt++));
      }
    };
  };
  const close = () => {
    clearTimeout(timer);
    source?.close();
    source = undefined;
  };
  const onVisibility = () => {
    clearTimeout(hiddenTimer);
    if (page?.visibilityState === 'hidden') {
      hiddenTimer = setTimeout(() => {
        close();
        setLiveStatus('down'); // hidden tabs do not poll either (TanStack Query's default)
      }, hiddenGraceMs);
    } else if (!source) {
      attempt = 0;
      open();
    }
  };
  page?.addEventListener('visibilitychange', onVisibility);
  open();
  return () => {
    stopped = true;
    clearTimeout(hiddenTimer);
    page?.removeEventListener('visibilitychange', onVisibility);
    close();
    setLiveStatus('off');
  };
}
