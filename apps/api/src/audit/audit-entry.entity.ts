import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('audit_log')
export class AuditEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ type: 'timestamptz' }) at: Date;
  @Column({ name: 'actor_type' }) actorType: 'user' | 'token' | 'system' | 'anonymous';
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId: string | null;
  @Column({ name: 'actor_label', type: 'varchar', nullable: true }) actorLabel: string | null;
  @Column() action: string;
  @Column({ name: 'target_type', type: 'varchar', nullable: true }) targetType: string | null;
  @Column({ name: 'target_id', type: 'varchar', nullable: true }) targetId: string | null;
  @Column({ type: 'varchar', nullable: true }) ip: string | null;
  @Column({ type: 'jsonb' }) details: Record<string, unknown>;
}
