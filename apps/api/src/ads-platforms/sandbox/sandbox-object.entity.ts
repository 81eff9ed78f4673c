import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { DeliveryStatus } from '../ads-platform.port';
import type { SandboxObjectType } from './sandbox-store';

/** One object the sandbox platform "created" for a connection (see SandboxObjectsRepository). */
@Entity('sandbox_objects')
export class SandboxObjectRow {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'connection_id', type: 'uuid' }) connectionId: string;
  @Column({ name: 'publication_key' }) publicationKey: string;
  @Column({ type: 'varchar' }) type: SandboxObjectType;
  @Column({ type: 'jsonb' }) payload: Record<string, unknown>;
  @Column({ type: 'varchar' }) status: DeliveryStatus;
  /** Oldest first, `at` as ISO strings (jsonb). */
  @Column({ name: 'status_history', type: 'jsonb' }) statusHistory: { status: DeliveryStatus; at: string }[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
