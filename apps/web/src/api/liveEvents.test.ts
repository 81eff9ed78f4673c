import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pollWhileInFlight } from './hooks/jobProgress';
import { connectLiveEvents } from './liveEvents';
import { LIVE_SAFETY_POLL_MS, liveStatus } from './liveStatus';
import { campaignKeys, candidateKeys, notificationKeys, performanceKeys, segmentKeys } from './queryKeys';

/** Stands in for the browser's EventSource: the test opens, sends and fails it. */
class FakeEventSource {
  static readonly CLOSED = 2;
  static instances: FakeEventSource[] = [];
  readyState = 0;
  onopen: (() => void) | null = null;
  onmessage: ((event: MessageEvent<string>) => void) | null = null;
  onerror: (() => void) | null = null;
  closed = false;
  constructor(readonly url: string, readonly init?: EventSourceInit) {
    FakeEventSource.instances.push(this);
  }
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  send(data: object, id = '') {
    this.onmessage?.({ data: JSON.stringify(data), lastEventId: id } as MessageEvent<string>);
  }
  fail(forGood: boolean) {
    this.readyState = forGood ? 2 : 0;
    this.onerror?.();
  }
  close() {
    this.closed = true;
  }
}

function cacheWith(...keys: QueryKey[]) {
  const client = new QueryClient();
  for (const key of keys) client.setQueryData(key, { status: 'running' });
  const stale = (key: QueryKey) => client.getQueryState(key)?.isInvalidated ?? false;
  return { client, stale };
}

const connect = (client: QueryClient) =>
  connectLiveEvents(client, { EventSourceImpl: FakeEventSource as unknown as typeof EventSource, backoffMs: () => 10 });

let disconnect: (() => void) | undefined;
afterEach(() => {
  disconnect?.();
  FakeEventSource.instances = [];
  vi.useRealTimers();
});

describe('live events → query cache', () => {
  it('subscribes once with credentials, and refreshes exactly the entries an event concerns', () => {
    const list = candidateKeys.list({} as never);
    const { client, stale } = cacheWith(candidateKeys.import('i1'), candidateKeys.import('i2'), candidateKeys.imports, list, campaignKeys.one('c1'), campaignKeys.one('c2'), segmentKeys.run('r1'), performanceKeys.sync('c1'));
    disconnect = connect(client);
    expect(FakeEventSource.instances).toHaveLength(1);
    const [source] = FakeEventSource.instances;
    expect(source.url).toBe('/api/events/stream');
    expect(source.init).toEqual({ withCredentials: true });
    source.open();

    source.send({ type: 'import.progress', data: { importId: 'i1', status: 'running', percent: 40 } }, '10-0');
    expect([stale(candidateKeys.import('i1')), stale(candidateKeys.imports), stale(candidateKeys.import('i2')), stale(list)]).toEqual([true, true, false, false]);
    source.send({ type: 'import.progress', data: { importId: 'i1', status: 'completed', percent: 100 } }, '11-0');
    expect(stale(list)).toBe(true); // the import's end changes the candidates

    source.send({ type: 'publication.status', data: { publicationId: 'p', campaignId: 'c1', status: 'active', hasError: false } }, '12-0');
    expect([stale(campaignKeys.one('c1')), stale(campaignKeys.one('c2'))]).toEqual([true, false]);
    source.send({ type: 'segmentation.progress', data: { runId: 'r1', status: 'running', phase: 'train', percent: 50 } }, '13-0');
    expect(stale(segmentKeys.run('r1'))).toBe(true);
    source.send({ type: 'sync.finished', data: { campaignId: 'c1', connectionId: null, ok: true } }, '14-0');
    expect(stale(performanceKeys.sync('c1'))).toBe(true);
  });

  it('a notification for this user refreshes the bell and the list, nothing else', () => {
    const { client, stale } = cacheWith(notificationKeys.unreadCount, notificationKeys.list(false, 20), campaignKeys.one('c1'));
    disconnect = connect(client);
    FakeEventSource.instances[0].open();
    FakeEventSource.instances[0].send({ type: 'notification.created', data: { notificationId: 'n1' } }, '20-0');
    expect([stale(notificationKeys.unreadCount), stale(notificationKeys.list(false, 20)), stale(campaignKeys.one('c1'))]).toEqual([true, true, false]);
  });

  it('a reset refreshes everything background work can change', () => {
    const { client, stale } = cacheWith(candidateKeys.import('i1'), campaignKeys.one('c9'), segmentKeys.runs);
    disconnect = connect(client);
    FakeEventSource.instances[0].open();
    FakeEventSource.instances[0].send({ type: 'reset' });
    expect([stale(candidateKeys.import('i1')), stale(campaignKeys.one('c9')), stale(segmentKeys.runs)]).toEqual([true, true, true]);
  });

  it('polling slows to a safety poll while the stream is open and resumes when it drops; a refused stream reopens with backoff after the last id', async () => {
    vi.useFakeTimers();
    const { client, stale } = cacheWith(candidateKeys.import('i1'));
    const poll = () => pollWhileInFlight(1000)({ state: { data: { status: 'running' } } });
    disconnect = connect(client);
    const [first] = FakeEventSource.instances;
    expect(poll()).toBe(1000); // connecting: still polling
    first.open();
    expect(liveStatus()).toBe('open');
    expect(poll()).toBe(LIVE_SAFETY_POLL_MS); // only the slow safety poll while events arrive
    first.send({ type: 'sync.finished', data: { campaignId: 'x', connectionId: null, ok: true } }, '42-7');

    first.fail(false); // dropped: the browser reconnects this one by itself
    expect(liveStatus()).toBe('down');
    expect(poll()).toBe(1000);
    expect(stale(candidateKeys.import('i1'))).toBe(true); // refetched, so its polling interval is re-evaluated
    expect(FakeEventSource.instances).toHaveLength(1);

    first.fail(true); // the API refused the reconnect: a new stream after the backoff, with the last id
    expect(first.closed).toBe(true);
    await vi.advanceTimersByTimeAsync(10);
    expect(FakeEventSource.instances).toHaveLength(2);
    expect(FakeEventSource.instances[1].url).toBe('/api/events/stream?lastEventId=42-7');
    FakeEventSource.instances[1].open();
    expect(poll()).toBe(LIVE_SAFETY_POLL_MS);
  });

  it('a tab hidden for a while lets its stream go, and resumes after the last id when shown again', async () => {
    vi.useFakeTimers();
    const listeners: Array<() => void> = [];
    const page = { visibilityState: 'visible' as DocumentVisibilityState, addEventListener: (_: string, l: () => void) => listeners.push(l), removeEventListener: vi.fn() };
    const { client } = cacheWith();
    disconnect = connectLiveEvents(client, { EventSourceImpl: FakeEventSource as unknown as typeof EventSource, page: page as never, hiddenGraceMs: 1000 });
    const [first] = FakeEventSource.instances;
    first.open();
    first.send({ type: 'sync.finished', data: {} }, '77-0');
    const setVisibility = (state: DocumentVisibilityState) => {
      page.visibilityState = state;
      listeners.forEach((l) => l());
    };

    setVisibility('hidden');
    await vi.advanceTimersByTimeAsync(500);
    setVisibility('visible'); // back within the grace period: the same stream stays
    setVisibility('hidden');
    await vi.advanceTimersByTimeAsync(999);
    expect(first.closed).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(first.closed).toBe(true);
    expect(liveStatus()).toBe('down');

    setVisibility('visible');
    expect(FakeEventSource.instances).toHaveLength(2);
    expect(FakeEventSource.instances[1].url).toBe('/api/events/stream?lastEventId=77-0');
  });

  it('without EventSource (old browsers, jsdom) it stays off and the app polls', () => {
    const { client } = cacheWith();
    disconnect = connectLiveEvents(client, { EventSourceImpl: undefined });
    expect(liveStatus()).toBe('off');
  });
});
