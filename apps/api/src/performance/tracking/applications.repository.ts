import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ApplicationQuery, CreateApplicationDto } from '../dto/application.dto';
import { MetricsRepository } from '../sync/metrics.repository';

export interface ApplicationRow {
  id: string;
  publication_id: string | null;
  campaign_id: string | null;
  platform: string | null;
  tracking_code: string | null;
  candidate_email: string | null;
  source: string;
  external_id: string | null;
  created_at: Date;
}

const SELECT = `SELECT a.id, a.publication_id, p.campaign_id, p.platform, a.tracking_code, a.candidate_email, a.source, a.external_id, a.created_at
  FROM applications a LEFT JOIN campaign_publications p ON p.id = a.publication_id`;

/** The applications table (first-party conversions), kept in step with the dashboard rollup. */
@Injectable()
export class ApplicationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource, private readonly metrics: MetricsRepository) {}

  /**
   * Inserts the application and counts it on its day and platform in the same transaction.
   * Returns the new id, or null when its externalId was already recorded (counted once).
   */
  async insert(dto: CreateApplicationDto, link: { publicationId: string; platform: string } | null, createdBy: string): Promise<string | null> {
    return this.db.transaction(async (manager) => {
      const [row]: { id: string; created_at: Date }[] = await manager.query(
        `INSERT INTO applications (publication_id, tracking_code, candidate_email, source, external_id, created_by) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (external_id) DO NOTHING RETURNING id, created_at`,
        [link?.publicationId ?? null, dto.trackingCode ?? null, dto.candidateEmail ?? null, dto.source, dto.externalId ?? null, createdBy],
      );
      if (row && link) await this.metrics.countApplication(row.created_at.toISOString().slice(0, 10), link.publicationId, manager);
      return row?.id ?? null;
    });
  }

  async findById(id: string): Promise<ApplicationRow | null> {
    const [row]: ApplicationRow[] = await this.db.query(`${SELECT} WHERE a.id = $1`, [id]);
    return row ?? null;
  }

  async findByExternalId(externalId: string): Promise<ApplicationRow | null> {
    const [row]: ApplicationRow[] = await this.db.query(`${SELECT} WHERE a.external_id = $1`, [externalId]);
    return row ?? null;
  }

  /** Newest first; `after` is the decoded (created_at, id) cursor. */
  list(query: ApplicationQuery, limit: number, after: unknown[] | undefined): Promise<ApplicationRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.campaignId) where.push(`p.campaign_id = $${params.push(query.campaignId)}`);
    if (query.jobId) where.push(`p.campaign_id IN (SELECT id FROM campaigns WHERE job_id = $${params.push(query.jobId)})`);
    if (after) where.push(`(a.created_at, a.id) < ($${params.push(after[0])}::timestamptz, $${params.push(after[1])}::uuid)`);
    return this.db.query(
      `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.created_at DESC, a.id DESC LIMIT ${Math.trunc(limit) + 1}`,
      params,
    );
  }
}
