import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { NotificationKind } from './notification-kinds';

export interface NotificationRow {
  id: string;
  user_id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  created_at: Date;
  read_at: Date | null;
  emailed_at: Date | null;
}

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  inApp: boolean;
  emailWanted: boolean;
}

export interface PreferenceRow {
  user_id: string;
  kind: NotificationKind;
  in_app: boolean;
  email: boolean;
}

const COLUMNS = 'id, user_id, kind, title, body, link, created_at, read_at, emailed_at';

/** Every statement on the notifications and notification_preferences tables. */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(rows: readonly NewNotification[]): Promise<Array<{ id: string; user_id: string; email_wanted: boolean }>> {
    if (rows.length === 0) return [];
    return this.db.query(
      `INSERT INTO notifications (user_id, kind, title, body, link, in_app, email_wanted)
       SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::text[], $5::varchar[], $6::boolean[], $7::boolean[])
       RETURNING id, user_id, email_wanted`,
      [rows.map((r) => r.userId), rows.map((r) => r.kind), rows.map((r) => r.title), rows.map((r) => r.body), rows.map((r) => r.link), rows.map((r) => r.inApp), rows.map((r) => r.emailWanted)],
    );
  }

  /** Newest first; keyset on (created_at, id). */
  page(userId: string, limit: number, after: [string, string] | undefined, unreadOnly: boolean): Promise<NotificationRow[]> {
    const params: unknown[] = [userId, limit + 1];
    let where = 'user_id = $1 AND in_app';
    if (unreadOnly) where += ' AND read_at IS NULL';
    if (after) {
      params.push(after[0], after[1]);
      where += ' AND (created_at, id) < ($3::timestamptz, $4::uuid)';
    }
    return this.db.query(`SELECT ${COLUMNS} FROM notifications WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT $2`, params);
  }

  async unreadCount(userId: string): Promise<number> {
    const [row] = await this.db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND in_app AND read_at IS NULL`, [userId]);
    return row.n;
  }

  /** Sets read_at once (a second call keeps the first time); null when the row is not this user's. */
  async markRead(userId: string, id: string): Promise<NotificationRow | null> {
    // A CTE so TypeORM hands back plain rows (for UPDATE ... RETURNING it returns [rows, count]).
    const rows: NotificationRow[] = await this.db.query(
      `WITH u AS (UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2 AND in_app RETURNING ${COLUMNS})
       SELECT * FROM u`,
      [id, userId],
    );
    return rows[0] ?? null;
  }

  async markAllRead(userId: string): Promise<number> {
    const [, count] = await this.db.query(`UPDATE notifications SET read_at = now() WHERE user_id = $1 AND in_app AND read_at IS NULL`, [userId]);
    return count;
  }

  async findForEmail(id: string): Promise<NotificationRow | null> {
    const rows: NotificationRow[] = await this.db.query(`SELECT ${COLUMNS} FROM notifications WHERE id = $1 AND email_wanted`, [id]);
    return rows[0] ?? null;
  }

  async markEmailed(id: string): Promise<void> {
    await this.db.query(`UPDATE notifications SET emailed_at = now() WHERE id = $1 AND emailed_at IS NULL`, [id]);
  }

  preferencesFor(userIds: readonly string[]): Promise<PreferenceRow[]> {
    if (userIds.length === 0) return Promise.resolve([]);
    return this.db.query(`SELECT user_id, kind, in_app, email FROM notification_preferences WHERE user_id = ANY($1::uuid[])`, [userIds]);
  }

  async savePreferences(userId: string, prefs: ReadonlyArray<{ kind: NotificationKind; inApp: boolean; email: boolean }>): Promise<void> {
    if (prefs.length === 0) return;
    await this.db.query(
      `INSERT INTO notification_preferences (user_id, kind, in_app, email)
       SELECT $1, * FROM unnest($2::varchar[], $3::boolean[], $4::boolean[])
       ON CONFLICT (user_id, kind) DO UPDATE SET in_app = EXCLUDED.in_app, email = EXCLUDED.email, updated_at = now()`,
      [userId, prefs.map((p) => p.kind), prefs.map((p) => p.inApp), prefs.map((p) => p.email)],
    );
  }
}
