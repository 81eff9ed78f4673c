import { InjectQueue } from '@nestjs/bull';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bull';
import { withTimeout } from '../queues/enqueue-timeout';
import { logRedisErrors } from '../redis/redis-errors';

/**
 * The notification e-mail queue: one job per notification row that wants e-mail, its id the
 * row's id, so enqueueing twice sends once. The consumer (notification-email.processor.ts)
 * imports this file, never the other way round.
 */
export const NOTIFICATION_EMAIL_QUEUE = 'notification-emails';

export interface NotificationEmailJob {
  notificationId: string;
}

/** SMTP servers refuse for a while (greylisting, outages): retry for about an hour before giving up. */
const EMAIL_JOB_OPTIONS = { attempts: 8, backoff: { type: 'exponential', delay: 15_000 }, removeOnComplete: 1000, removeOnFail: 5000 };

@Injectable()
export class NotificationEmailQueue {
  constructor(@InjectQueue(NOTIFICATION_EMAIL_QUEUE) private readonly queue: Queue) {
    logRedisErrors(queue, NOTIFICATION_EMAIL_QUEUE);
  }

  async enqueue(notificationIds: readonly string[]): Promise<void> {
    if (notificationIds.length === 0) return;
    await withTimeout(this.queue.addBulk(notificationIds.map((notificationId) => ({
      data: { notificationId } satisfies NotificationEmailJob,
      opts: { ...EMAIL_JOB_OPTIONS, jobId: `email:${notificationId}` },
    }))));
  }
}
