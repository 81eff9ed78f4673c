import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ads platform connections (credentials sealed with AES-256-GCM, key id beside them) and the
 * objects the sandbox platform "creates". Connections are archived, never deleted, so
 * publications can keep referencing them.
 */
export class PlatformConnections1795668718250 implements MigrationInterface {
  name = 'PlatformConnections1795668718250';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE platform_connections (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind varchar(16) NOT NULL CHECK (kind IN ('meta','google','sandbox')),
      name varchar(100) NOT NULL,
      status varchar(16) NOT NULL DEFAULT 'unverified' CHECK (status IN ('unverified','connected','needs_reauth','error')),
      status_detail varchar(1000),
      public_fields jsonb NOT NULL DEFAULT '{}',
      secret_masks jsonb NOT NULL DEFAULT '{}',
      secrets_ciphertext text,
      key_id varchar(32),
      last_verified_at timestamptz,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      archived_at timestamptz,
      CONSTRAINT platform_connections_secrets_chk CHECK (archived_at IS NOT NULL OR (secrets_ciphertext IS NOT NULL AND key_id IS NOT NULL))
    )`);
    await q.query(`CREATE UNIQUE INDEX platform_connections_name_uq ON platform_connections (lower(name)) WHERE archived_at IS NULL`);
    await q.query(`CREATE INDEX platform_connections_list_idx ON platform_connections (created_at, id) WHERE archived_at IS NULL`);
    await q.query(`CREATE TABLE sandbox_objects (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      connection_id uuid NOT NULL REFERENCES platform_connections(id),
      publication_key varchar(100) NOT NULL,
      type varchar(32) NOT NULL,
      payload jsonb NOT NULL DEFAULT '{}',
      status varchar(32) NOT NULL,
      status_history jsonb NOT NULL DEFAULT '[]',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT sandbox_objects_key_uq UNIQUE (connection_id, publication_key, type)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sandbox_objects, platform_connections`);
  }
}
