import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The applications list pages on (created_at, id) with a cursor that carries milliseconds (a JS Date), while the
 * column kept microseconds: two applications in one millisecond compared past the cursor and the second page
 * skipped them. Store what the cursor can say, as jobs and candidates do (timestamptz(3)).
 */
export class ApplicationsCreatedAtMilliseconds1796416198377 implements MigrationInterface {
  name = 'ApplicationsCreatedAtMilliseconds1796416198377';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE applications ALTER COLUMN created_at TYPE timestamptz(3)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE applications ALTER COLUMN created_at TYPE timestamptz`);
  }
}
