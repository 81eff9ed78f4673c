import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { workerProviders } from '../queues/worker-providers';
import { EventsModule } from '../events';
import { JobsModule } from '../jobs';
import { UsersModule } from '../users';
import { NotificationEmailProcessor } from './notification-email.processor';
import { NotificationEmailSender } from './notification-email.sender';
import { NotificationMailer } from './notification-mailer';
import { NotificationTriggersListener } from './notification-triggers.listener';
import { NotificationsController } from './notifications.controller';
import { NOTIFICATION_EMAIL_QUEUE, NotificationEmailQueue } from './notifications.queue';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [BullModule.registerQueue({ name: NOTIFICATION_EMAIL_QUEUE }), UsersModule, JobsModule, EventsModule],
  controllers: [NotificationsController],
  providers: [
    NotificationsRepository, NotificationsService, NotificationMailer, NotificationEmailQueue, NotificationEmailSender, NotificationTriggersListener,
    ...workerProviders(NotificationEmailProcessor),
  ],
  exports: [NotificationsService],
})
export class NotificationsModule {}
