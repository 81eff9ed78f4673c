import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The one row of admin-entered Gemini settings; the key only ever sealed (SecretBox) or masked. */
@Entity('gemini_settings')
export class GeminiSettingsRow {
  @PrimaryColumn({ type: 'smallint' }) id: number;
  @Column({ name: 'api_key_ciphertext', type: 'text', nullable: true, select: false }) apiKeyCiphertext: string | null;
  @Column({ name: 'key_id', type: 'varchar', nullable: true }) keyId: string | null;
  @Column({ name: 'api_key_mask', type: 'varchar', nullable: true }) apiKeyMask: string | null;
  @Column({ type: 'varchar', nullable: true }) model: string | null;
  @Column({ name: 'updated_by', type: 'uuid', nullable: true }) updatedBy: string | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
