import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The notification centre: one row per recipient and event (in_app = false when the person only
 * wants it by e-mail; such rows never show in the bell), and per-user overrides of the default
 * preferences per kind (a missing row means the default for that kind).
 */
export class Notifications1796410477309 implements MigrationInterface {
  name = 'Notifications1796410477309';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE notifications (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      kind varchar(64) NOT NULL,
      title varchar(300) NOT NULL,
      body text NOT NULL DEFAULT '',
      link varchar(1000),
      in_app boolean NOT NULL DEFAULT true,
      email_wanted boolean NOT NULL DEFAULT false,
      emailed_at timestamptz,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      read_at timestamptz
    )`);
    await q.query(`CREATE INDEX notifications_user_list_idx ON notifications (user_id, created_at DESC, id DESC) WHERE in_app`);
    await q.query(`CREATE INDEX notifications_user_unread_idx ON notifications (user_id) WHERE in_app AND read_at IS NULL`);
    await q.query(`CREATE TABLE notification_preferences (
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      kind varchar(64) NOT NULL,
      in_app boolean NOT NULL,
      email boolean NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (user_id, kind)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification_preferences`);
    await q.query(`DROP TABLE notifications`);
  }
}
