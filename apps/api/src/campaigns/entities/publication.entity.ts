import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, UpdateDateColumn } from 'typeorm';
import type { ExternalIds, LiveChange, PlatformErrorKind, PlatformKind } from '../../ads-platforms';
import type { PublicationStatus, TargetStatus } from '../publication-status';
import type { Targeting } from '../targeting/derive-targeting';
import { Campaign } from './campaign.entity';

/**
 * A campaign on one platform connection. The row is the source of truth for publishing:
 * `external_ids` holds every platform object created so far (step → id), `publish_generation`
 * names the Bull job that owns the current attempt, and `target_status` what the objects should
 * be once they exist (a pause asked for mid-publish wins over going live).
 */
@Entity('campaign_publications')
export class Publication {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'campaign_id', type: 'uuid' }) campaignId: string;
  @ManyToOne(() => Campaign, (c) => c.publications, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Relation<Campaign>;
  @Column({ name: 'connection_id', type: 'uuid' }) connectionId: string;
  @Column({ type: 'varchar' }) platform: PlatformKind;
  @Column({ type: 'varchar' }) status: PublicationStatus;
  @Column({ name: 'target_status', type: 'varchar' }) targetStatus: TargetStatus;
  @Column({ type: 'jsonb' }) targeting: Targeting;
  @Column({ name: 'external_ids', type: 'jsonb' }) externalIds: ExternalIds;
  /** Sent to the platforms as their idempotency key and embedded in every object name. */
  @Column({ name: 'idempotency_key' }) idempotencyKey: string;
  /** Random code of the tracking redirect `/r/<code>` the ads link to. */
  @Column({ name: 'tracking_code' }) trackingCode: string;
  @Column({ name: 'publish_generation', type: 'int' }) publishGeneration: number;
  @Column({ name: 'status_generation', type: 'int' }) statusGeneration: number;
  @Column({ type: 'int' }) attempts: number;
  /** Edits of the published campaign owed to the platform: above `appliedUpdateGeneration` until applied. */
  @Column({ name: 'update_generation', type: 'int', default: 0 }) updateGeneration: number;
  @Column({ name: 'applied_update_generation', type: 'int', default: 0 }) appliedUpdateGeneration: number;
  /** Which parts (LiveChange) the owed edits touch. */
  @Column({ name: 'pending_changes', type: 'text', array: true, default: () => "'{}'" }) pendingChanges: LiveChange[];
  @Column({ name: 'current_step', type: 'varchar', nullable: true }) currentStep: string | null;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError: string | null;
  @Column({ name: 'last_error_kind', type: 'varchar', nullable: true }) lastErrorKind: PlatformErrorKind | 'internal' | null;
  @Column({ name: 'audience_size', type: 'int' }) audienceSize: number;
  @Column({ name: 'queued_at', type: 'timestamptz', nullable: true }) queuedAt: Date | null;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt: Date | null;
  @Column({ name: 'status_changed_at', type: 'timestamptz' }) statusChangedAt: Date;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
