import { MigrationInterface, QueryRunner } from 'typeorm';

/** Where a campaign's ad text came from: Gemini ('ai'), the offline templates, or typed ('manual', also every existing row). */
export class CampaignCreativeOrigin1796399572528 implements MigrationInterface {
  name = 'CampaignCreativeOrigin1796399572528';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaigns ADD COLUMN creative_origin varchar(8) NOT NULL DEFAULT 'manual'
      CONSTRAINT campaigns_creative_origin_check CHECK (creative_origin IN ('ai', 'offline', 'manual'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaigns DROP COLUMN creative_origin`);
  }
}
