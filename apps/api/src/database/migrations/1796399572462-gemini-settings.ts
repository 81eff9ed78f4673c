import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Gemini settings an admin enters in Settings → Integrations: one row. The API key is sealed with
 * SecretBox (AES-256-GCM, key id beside it) like platform credentials; only its mask is readable.
 * GEMINI_API_KEY in the environment still wins over this row.
 */
export class GeminiSettings1796399572462 implements MigrationInterface {
  name = 'GeminiSettings1796399572462';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE gemini_settings (
      id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
      api_key_ciphertext text,
      key_id varchar(32),
      api_key_mask varchar(16),
      model varchar(100),
      updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((api_key_ciphertext IS NULL) = (key_id IS NULL))
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE gemini_settings`);
  }
}
