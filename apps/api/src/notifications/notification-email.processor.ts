import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { NotificationEmailSender } from './notification-email.sender';
import { NOTIFICATION_EMAIL_QUEUE, NotificationEmailJob } from './notifications.queue';

/** Sends notification e-mail off the request path; failures retry with backoff (notifications.queue.ts). */
@Processor(NOTIFICATION_EMAIL_QUEUE)
export class NotificationEmailProcessor {
  constructor(private readonly sender: NotificationEmailSender) {}

  @Process()
  async handle(job: Job<NotificationEmailJob>): Promise<void> {
    await this.sender.send(job.data.notificationId);
  }
}
