import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { PlatformKind } from '../../ads-platform.port';
import type { ConnectionStatus, PublicValues } from '../connection-fields';

/**
 * An ads platform account AdFlux publishes to. Secrets live only in `secretsCiphertext`
 * (AES-256-GCM, sealed with key `keyId`, the row id bound in as context) and are not even
 * selected unless asked for; `secretMasks` holds `••••1234` hints for display.
 * Archived instead of deleted (publications reference it); archiving wipes the secrets.
 */
@Entity('platform_connections')
export class PlatformConnection {
  /** Generated before insert: the id is part of the ciphertext's authenticated data. */
  @PrimaryColumn('uuid') id: string;
  @Column({ type: 'varchar' }) kind: PlatformKind;
  @Column() name: string;
  @Column({ type: 'varchar' }) status: ConnectionStatus;
  @Column({ name: 'status_detail', type: 'varchar', nullable: true }) statusDetail: string | null;
  @Column({ name: 'public_fields', type: 'jsonb' }) publicFields: PublicValues;
  @Column({ name: 'secret_masks', type: 'jsonb' }) secretMasks: Record<string, string>;
  @Column({ name: 'secrets_ciphertext', type: 'text', nullable: true, select: false }) secretsCiphertext: string | null;
  @Column({ name: 'key_id', type: 'varchar', nullable: true }) keyId: string | null;
  @Column({ name: 'last_verified_at', type: 'timestamptz', nullable: true }) lastVerifiedAt: Date | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt: Date | null;
}
