import type { Response } from 'express';
import { compareIds, LiveEnvelope, StoredEvent, toEnvelope, visibleTo } from './live-event';
import type { Replay } from './live-event-hub';
import { StreamConnection } from './stream-connection';

const env = (type: LiveEnvelope['type'], extra: Partial<LiveEnvelope> = {}): LiveEnvelope => ({ type, data: { n: 1 }, at: 1, roles: null, userId: null, ...extra });
const ev = (id: string, envelope = env('import.progress')): StoredEvent => ({ id, envelope });

function fakeResponse() {
  const chunks: string[] = [];
  const res = { write: (c: string) => chunks.push(c), writableLength: 0 } as unknown as Response & { writableLength: number };
  const ids = () => chunks.filter((c) => c.startsWith('id: ')).map((c) => c.split('\n')[0].slice(4));
  return { res, chunks, ids };
}

describe('live event audience', () => {
  it('sends admin-only events to admins, a notification to its user only, the rest to every role', () => {
    const reauth = toEnvelope({ type: 'connection.needs_reauth', data: { connectionId: 'c', kind: 'meta' } });
    expect(visibleTo(reauth, { role: 'admin', userId: 'a' })).toBe(true);
    expect(visibleTo(reauth, { role: 'recruiter', userId: 'r' })).toBe(false);
    expect(visibleTo(reauth, { role: 'viewer', userId: 'v' })).toBe(false);
    const note = toEnvelope({ type: 'notification.created', data: { notificationId: 'n' }, userId: 'u1' });
    expect(visibleTo(note, { role: 'viewer', userId: 'u1' })).toBe(true);
    expect(visibleTo(note, { role: 'admin', userId: 'u2' })).toBe(false);
    expect(visibleTo(note, { role: 'admin', userId: null })).toBe(false); // an API token has no user
    const progress = toEnvelope({ type: 'import.progress', data: { importId: 'i', status: 'running', percent: 5 } });
    expect(visibleTo(progress, { role: 'viewer', userId: null })).toBe(true);
  });

  it('orders stream ids numerically, not as text', () => {
    expect(compareIds('9-0', '10-0')).toBe(-1);
    expect(compareIds('10-2', '10-10')).toBe(-1);
    expect(compareIds('10-10', '10-10')).toBe(0);
    expect(compareIds('11-0', '10-99')).toBe(1);
  });
});

describe('StreamConnection', () => {
  it('writes each visible event with its id and skips the ones the viewer may not see', () => {
    const { res, chunks, ids } = fakeResponse();
    const c = new StreamConnection(res, { role: 'viewer', userId: 'v' }, async () => ({ events: [], gap: false }), jest.fn());
    c.event(ev('1-0'));
    c.event(ev('2-0', env('connection.needs_reauth', { roles: ['admin'] })));
    c.event(ev('3-0', env('notification.created', { userId: 'v' })));
    expect(ids()).toEqual(['1-0', '3-0']);
    expect(JSON.parse(chunks[0].split('\n')[1].slice(6))).toEqual({ type: 'import.progress', data: { n: 1 }, at: 1 });
  });

  it('replays after Last-Event-ID, holds live events meanwhile, and sends each once in order', async () => {
    const { res, ids } = fakeResponse();
    let release!: (r: Replay) => void;
    const replayAfter = jest.fn(() => new Promise<Replay>((resolve) => (release = resolve)));
    const c = new StreamConnection(res, { role: 'admin', userId: 'a' }, replayAfter, jest.fn());
    const done = c.catchUp('5-0');
    c.event(ev('7-0')); // heard live while the replay is read, and also in the replay
    c.event(ev('8-0'));
    expect(ids()).toEqual([]);
    release({ events: [ev('6-0'), ev('7-0')], gap: false });
    await done;
    c.event(ev('8-0')); // a duplicate delivery
    c.event(ev('4-0')); // older than what the client has
    expect(replayAfter).toHaveBeenCalledWith('5-0');
    expect(ids()).toEqual(['6-0', '7-0', '8-0']);
  });

  it('tells the client to refetch when the replay has a gap or Redis cannot answer', async () => {
    const gap = fakeResponse();
    await new StreamConnection(gap.res, { role: 'admin', userId: 'a' }, async () => ({ events: [ev('9-0')], gap: true }), jest.fn()).catchUp('1-0');
    expect(gap.chunks[0]).toBe('data: {"type":"reset"}\n\n');
    expect(gap.ids()).toEqual(['9-0']);
    const down = fakeResponse();
    await new StreamConnection(down.res, { role: 'admin', userId: 'a' }, async () => { throw new Error('ECONNREFUSED'); }, jest.fn()).catchUp('1-0');
    expect(down.chunks).toEqual(['data: {"type":"reset"}\n\n']);
  });

  it('drops a client that does not read (unsent output past the cap) and writes nothing once closed', () => {
    const { res, chunks } = fakeResponse();
    const overflow = jest.fn();
    const c = new StreamConnection(res, { role: 'admin', userId: 'a' }, async () => ({ events: [], gap: false }), overflow);
    (res as { writableLength: number }).writableLength = 2 << 20;
    c.event(ev('1-0'));
    expect(overflow).toHaveBeenCalled();
    c.close();
    c.event(ev('2-0'));
    expect(chunks).toHaveLength(1);
  });
});
