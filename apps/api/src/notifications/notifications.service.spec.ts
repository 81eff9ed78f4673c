import type { UsersService } from '../users';
import { notificationMail, type NotificationMailer } from './notification-mailer';
import type { NotificationEmailQueue } from './notifications.queue';
import type { NewNotification, NotificationsRepository, PreferenceRow } from './notifications.repository';
import type { EventBus } from '../events';
import { NotificationsService } from './notifications.service';
import { channelsFor, resolveRecipients } from './recipients';

const people = [
  { id: 'admin', role: 'admin', active: true },
  { id: 'rec', role: 'recruiter', active: true },
  { id: 'viewer', role: 'viewer', active: true },
  { id: 'gone', role: 'recruiter', active: false },
];

describe('resolveRecipients', () => {
  it('is the named owner when active', () => {
    expect(resolveRecipients({ userIds: ['rec'], fallbackRoles: ['admin', 'recruiter'] }, people)).toEqual(['rec']);
  });
  it('falls back to the roles when the owner is unknown, missing or deactivated (never to inactive people)', () => {
    expect(resolveRecipients({ userIds: [null], fallbackRoles: ['admin', 'recruiter'] }, people)).toEqual(['admin', 'rec']);
    expect(resolveRecipients({ userIds: ['gone'], fallbackRoles: ['admin', 'recruiter'] }, people)).toEqual(['admin', 'rec']);
    expect(resolveRecipients({ fallbackRoles: ['admin'] }, people)).toEqual(['admin']);
  });
});

describe('channelsFor', () => {
  it("uses the kind's default unless the user saved a choice", () => {
    expect(channelsFor('import_failed', 'u1', [])).toEqual({ inApp: true, email: true });
    expect(channelsFor('import_finished', 'u1', [])).toEqual({ inApp: true, email: false });
    const saved: PreferenceRow[] = [{ user_id: 'u1', kind: 'import_failed', in_app: false, email: false }];
    expect(channelsFor('import_failed', 'u1', saved)).toEqual({ inApp: false, email: false });
    expect(channelsFor('import_failed', 'u2', saved)).toEqual({ inApp: true, email: true });
  });
});

describe('notificationMail', () => {
  it('has a single-line subject and an absolute link back into the app', () => {
    const mail = notificationMail({ title: 'Import\r\nfailed', body: 'Bad file.', link: '/candidates/imports/1' }, 'https://adflux.example');
    expect(mail.subject).toBe('[AdFlux] Import failed');
    expect(mail.text).toContain('Open in AdFlux: https://adflux.example/candidates/imports/1');
  });
});

function setup(opts: { smtp: boolean; saved?: PreferenceRow[]; queueDown?: boolean }) {
  const inserted: NewNotification[] = [];
  const repository = {
    preferencesFor: jest.fn(async () => opts.saved ?? []),
    insert: jest.fn(async (rows: NewNotification[]) => {
      inserted.push(...rows);
      return rows.map((r, i) => ({ id: `n${i}`, user_id: r.userId, email_wanted: r.emailWanted }));
    }),
  };
  const users = { list: jest.fn(async () => people) };
  const mailer = { enabled: opts.smtp };
  const queue = { enqueue: jest.fn(async () => { if (opts.queueDown) throw new Error('queue did not answer'); }) };
  const live = { publish: jest.fn(async (_event: unknown) => '1-0') };
  const service = new NotificationsService(
    repository as unknown as NotificationsRepository, users as unknown as UsersService, mailer as NotificationMailer, queue as unknown as NotificationEmailQueue,
    live as unknown as EventBus,
  );
  return { service, inserted, queue, live };
}

describe('NotificationsService.notify', () => {
  it('writes one row per recipient and queues e-mail only for kinds that want it when SMTP is configured', async () => {
    const f = setup({ smtp: true });
    const ids = await f.service.notify({ fallbackRoles: ['admin', 'recruiter'] }, { kind: 'import_failed', title: 'Import failed', link: '/x' });
    expect(ids).toEqual(['n0', 'n1']);
    expect(f.inserted.map((r) => [r.userId, r.inApp, r.emailWanted])).toEqual([['admin', true, true], ['rec', true, true]]);
    expect(f.queue.enqueue).toHaveBeenCalledWith(['n0', 'n1']);
    // Each recipient's open pages hear of it on the live stream, addressed to that user only.
    expect(f.live.publish.mock.calls.map(([e]) => e)).toEqual([
      { type: 'notification.created', data: { notificationId: 'n0' }, userId: 'admin' },
      { type: 'notification.created', data: { notificationId: 'n1' }, userId: 'rec' },
    ]);
    const quiet = setup({ smtp: true });
    await quiet.service.notify({ fallbackRoles: ['admin'] }, { kind: 'import_finished', title: 'Import finished' });
    expect(quiet.queue.enqueue).toHaveBeenCalledWith([]);
  });

  it('sends no e-mail without SMTP, and writes nothing for someone who turned both channels off', async () => {
    const f = setup({ smtp: false, saved: [{ user_id: 'rec', kind: 'import_failed', in_app: false, email: false }] });
    await f.service.notify({ fallbackRoles: ['admin', 'recruiter'] }, { kind: 'import_failed', title: 'Import failed' });
    expect(f.inserted.map((r) => [r.userId, r.emailWanted])).toEqual([['admin', false]]);
  });

  it('an e-mail-only choice stores a row hidden from the bell, so the e-mail job has something to send', async () => {
    const f = setup({ smtp: true, saved: [{ user_id: 'rec', kind: 'import_failed', in_app: false, email: true }] });
    await f.service.notify({ userIds: ['rec'], fallbackRoles: [] }, { kind: 'import_failed', title: 'Import failed' });
    expect(f.inserted).toEqual([expect.objectContaining({ userId: 'rec', inApp: false, emailWanted: true })]);
  });

  it('a queue outage does not fail the notification (the rows are written)', async () => {
    const f = setup({ smtp: true, queueDown: true });
    await expect(f.service.notify({ fallbackRoles: ['admin'] }, { kind: 'import_failed', title: 'x' })).resolves.toEqual(['n0']);
  });
});
