import { Injectable, Logger } from '@nestjs/common';
import { fieldProblem, ProblemException } from '../common/problem';
import { decodeCursor, Page, toPage } from '../common/pagination';
import { EventBus } from '../events';
import { UsersService } from '../users';
import { NotificationDto, NotificationListQuery } from './dto/notification.dto';
import { NotificationPreferencesDto, UpdateNotificationPreferencesDto } from './dto/notification-preferences.dto';
import { Audience, KIND_INFO, NOTIFICATION_KINDS, NotificationInput } from './notification-kinds';
import { NotificationMailer } from './notification-mailer';
import { NotificationEmailQueue } from './notifications.queue';
import { NewNotification, NotificationsRepository } from './notifications.repository';
import { channelsFor, resolveRecipients } from './recipients';

/**
 * The one way a notification is created (`notify`), and each user's own list, unread count,
 * read marks and preferences. E-mail goes through a queue job after the rows are written, so
 * neither a slow SMTP server nor a Redis outage delays the work that triggered it.
 */
@Injectable()
export class NotificationsService {
  private readonly logger = new Logger(NotificationsService.name);

  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly users: UsersService,
    private readonly mailer: NotificationMailer,
    private readonly emailQueue: NotificationEmailQueue,
    private readonly live: EventBus,
  ) {}

  /** Creates the notification for each recipient per their preferences; returns the ids of the rows written. */
  async notify(audience: Audience, input: NotificationInput): Promise<string[]> {
    const recipients = resolveRecipients(audience, await this.users.list());
    const saved = await this.notifications.preferencesFor(recipients);
    const rows: NewNotification[] = [];
    for (const userId of recipients) {
      const channels = channelsFor(input.kind, userId, saved);
      const emailWanted = channels.email && this.mailer.enabled;
      if (!channels.inApp && !emailWanted) continue;
      rows.push({ userId, kind: input.kind, title: input.title.slice(0, 300), body: input.body ?? '', link: input.link ?? null, inApp: channels.inApp, emailWanted });
    }
    const written = await this.notifications.insert(rows);
    // Each recipient's open pages refresh their bell at once (the bell still polls while the stream is down).
    await Promise.all(written.map((r) => this.live.publish({ type: 'notification.created', data: { notificationId: r.id }, userId: r.user_id })));
    const toEmail = written.filter((r) => r.email_wanted).map((r) => r.id);
    await this.emailQueue.enqueue(toEmail).catch((err: Error) => {
      this.logger.warn({ kind: input.kind, count: toEmail.length, error: err.message }, 'notification e-mail not queued (queue unavailable)');
    });
    return written.map((r) => r.id);
  }

  async list(userId: string, query: NotificationListQuery): Promise<Page<NotificationDto>> {
    const limit = query.limit ?? 20;
    const after = decodeCursor(query.cursor, ['timestamp', 'uuid']);
    const rows = await this.notifications.page(userId, limit, after, query.unread === 'true');
    return toPage(rows, limit, NotificationDto.from, (row) => [new Date(row.created_at).toISOString(), row.id]);
  }

  async unreadCount(userId: string): Promise<{ count: number }> {
    return { count: await this.notifications.unreadCount(userId) };
  }

  async markRead(userId: string, id: string): Promise<NotificationDto> {
    const row = await this.notifications.markRead(userId, id);
    if (!row) throw new ProblemException(404, 'No such notification of yours.');
    return NotificationDto.from(row);
  }

  async markAllRead(userId: string): Promise<{ updated: number }> {
    return { updated: await this.notifications.markAllRead(userId) };
  }

  async preferences(userId: string): Promise<NotificationPreferencesDto> {
    const saved = await this.notifications.preferencesFor([userId]);
    return {
      emailAvailable: this.mailer.enabled,
      items: NOTIFICATION_KINDS.map((kind) => ({ kind, label: KIND_INFO[kind].label, ...channelsFor(kind, userId, saved) })),
    };
  }

  async updatePreferences(userId: string, dto: UpdateNotificationPreferencesDto): Promise<NotificationPreferencesDto> {
    const kinds = dto.items.map((i) => i.kind);
    const repeated = kinds.findIndex((k, i) => kinds.indexOf(k) !== i);
    if (repeated >= 0) throw fieldProblem(400, `items.${repeated}.kind`, 'appears more than once');
    await this.notifications.savePreferences(userId, dto.items);
    return this.preferences(userId);
  }
}
