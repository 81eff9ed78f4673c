import { Logger } from '@nestjs/common';
import type { AppConfig } from '../config/config.module';
import type { UsersService } from '../users';
import { NotificationEmailSender } from './notification-email.sender';
import type { NotificationMailer, OutgoingMail } from './notification-mailer';
import type { NotificationRow, NotificationsRepository } from './notifications.repository';

const row = (over: Partial<NotificationRow> = {}): NotificationRow => ({
  id: 'n1', user_id: 'u1', kind: 'import_failed', title: 'Import of a.csv failed', body: 'Bad file.', link: '/candidates/imports/i1',
  created_at: new Date(), read_at: null, emailed_at: null, ...over,
});

function setup(opts: { found?: NotificationRow | null; active?: boolean; enabled?: boolean; fail?: Error } = {}) {
  const sent: OutgoingMail[] = [];
  const repository = { findForEmail: jest.fn(async () => (opts.found === undefined ? row() : opts.found)), markEmailed: jest.fn(async () => undefined) };
  const users = { findById: jest.fn(async () => ({ id: 'u1', email: 'rita@example.com', active: opts.active ?? true })) };
  const mailer = {
    enabled: opts.enabled ?? true,
    send: jest.fn(async (m: OutgoingMail) => {
      if (opts.fail) throw opts.fail;
      sent.push(m);
    }),
  };
  const sender = new NotificationEmailSender(
    repository as unknown as NotificationsRepository, users as unknown as UsersService, mailer as unknown as NotificationMailer, { publicBaseUrl: 'https://ads.example' } as AppConfig,
  );
  return { sender, sent, repository };
}

describe('NotificationEmailSender', () => {
  it('sends to the recipient with a link back, then marks the row e-mailed', async () => {
    const f = setup();
    await expect(f.sender.send('n1')).resolves.toBe('sent');
    expect(f.sent).toEqual([expect.objectContaining({ to: 'rita@example.com', subject: '[AdFlux] Import of a.csv failed', text: expect.stringContaining('https://ads.example/candidates/imports/i1') })]);
    expect(f.repository.markEmailed).toHaveBeenCalledWith('n1');
  });

  it('is idempotent and skips what must not be sent: already e-mailed, gone, deactivated recipient, SMTP off', async () => {
    for (const f of [setup({ found: row({ emailed_at: new Date() }) }), setup({ found: null }), setup({ active: false }), setup({ enabled: false })]) {
      await expect(f.sender.send('n1')).resolves.toBe('skipped');
      expect(f.sent).toEqual([]);
      expect(f.repository.markEmailed).not.toHaveBeenCalled();
    }
  });

  it('rethrows an SMTP failure for a Bull retry, leaves the row unsent, and logs no credentials', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const error = Object.assign(new Error('Invalid login: 535 Authentication failed'), { code: 'EAUTH', config: { url: 'smtp://user:s3cret@mail.example' } });
    const f = setup({ fail: error });
    await expect(f.sender.send('n1')).rejects.toBe(error);
    expect(f.repository.markEmailed).not.toHaveBeenCalled();
    expect(JSON.stringify(warn.mock.calls)).not.toContain('s3cret');
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ code: 'EAUTH', error: 'Invalid login: 535 Authentication failed' }), expect.any(String));
    warn.mockRestore();
  });
});
