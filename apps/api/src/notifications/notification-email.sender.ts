import { Injectable, Logger } from '@nestjs/common';
import { AppConfig, InjectConfig } from '../config/config.module';
import { UsersService } from '../users';
import { NotificationMailer, notificationMail } from './notification-mailer';
import { NotificationsRepository } from './notifications.repository';

/**
 * Sends one notification's e-mail (a queue job). Idempotent: a row already e-mailed is skipped,
 * and the row is marked after the SMTP server accepted the message, so a retry after a crash in
 * between may at worst send it twice, never lose it. An error is rethrown for Bull's retries.
 */
@Injectable()
export class NotificationEmailSender {
  private readonly logger = new Logger(NotificationEmailSender.name);

  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly users: UsersService,
    private readonly mailer: NotificationMailer,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async send(notificationId: string): Promise<'sent' | 'skipped'> {
    if (!this.mailer.enabled) return 'skipped';
    const row = await this.notifications.findForEmail(notificationId);
    if (!row || row.emailed_at) return 'skipped';
    const user = await this.users.findById(row.user_id);
    if (!user?.active) return 'skipped';
    try {
      await this.mailer.send({ to: user.email, ...notificationMail(row, this.config.publicBaseUrl) });
    } catch (err) {
      // The message and code only: a transport error must never carry SMTP_URL's credentials into the log.
      const { message, code } = err as { message?: string; code?: string };
      this.logger.warn({ notificationId, code, error: message }, 'notification e-mail not sent; will retry');
      throw err;
    }
    await this.notifications.markEmailed(notificationId);
    return 'sent';
  }
}
