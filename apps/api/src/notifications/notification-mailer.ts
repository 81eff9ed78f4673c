import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { AppConfig, InjectConfig } from '../config/config.module';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * The SMTP transport, built once from SMTP_URL (which may hold a password: it is never logged or
 * returned). `enabled` is false when SMTP_URL is empty: notifications then stay in the app only.
 */
@Injectable()
export class NotificationMailer implements OnModuleDestroy {
  private transport?: Transporter;

  constructor(@InjectConfig() private readonly config: AppConfig) {}

  get enabled(): boolean {
    return !!this.config.smtpUrl;
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (!this.config.smtpUrl) throw new Error('SMTP_URL is not set');
    this.transport ??= createTransport(this.config.smtpUrl, { from: this.config.smtpFrom });
    await this.transport.sendMail({ from: this.config.smtpFrom, ...mail });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}

/** The plain-text mail for one notification, with an absolute link back into the app. */
export function notificationMail(n: { title: string; body: string; link: string | null }, baseUrl: string): Pick<OutgoingMail, 'subject' | 'text'> {
  const lines = [n.body || n.title];
  if (n.link) lines.push('', `Open in AdFlux: ${baseUrl}${n.link}`);
  lines.push('', '—', 'You can choose which notifications you get by e-mail in AdFlux under Settings → Notifications.');
  return { subject: `[AdFlux] ${n.title}`.replace(/[\r\n]+/g, ' '), text: lines.join('\n') };
}
