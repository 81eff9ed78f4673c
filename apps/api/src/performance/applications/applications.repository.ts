import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ApplicationFilterQuery, CreateApplicationDto } from '../dto/application.dto';
import { MetricsRepository } from '../sync/metrics.repository';
import type { Stage, TimedStage } from './application-stages';

export interface ApplicationRow {
  id: string;
  publication_id: string | null;
  campaign_id: string | null;
  campaign_name: string | null;
  job_id: string | null;
  job_title: string | null;
  candidate_id: string | null;
  platform: string | null;
  tracking_code: string | null;
  candidate_email: string | null;
  source: string;
  external_id: string | null;
  stage: Stage;
  stage_at: Date | null;
  screening_at: Date | null;
  interview_at: Date | null;
  offer_at: Date | null;
  hired_at: Date | null;
  rejected_at: Date | null;
  withdrawn_at: Date | null;
  notes: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface StageCountRow {
  stage: Stage;
  count: number;
  reached: Record<TimedStage, number>;
}

export interface ApplicationLink {
  publicationId: string;
  platform: string;
  jobId: string | null;
}

const SELECT = `SELECT a.id, a.publication_id, p.campaign_id, c.name AS campaign_name, a.job_id, j.title AS job_title, a.candidate_id, p.platform,
    a.tracking_code, a.candidate_email, a.source, a.external_id, a.stage, a.stage_at, a.screening_at, a.interview_at, a.offer_at, a.hired_at,
    a.rejected_at, a.withdrawn_at, a.notes, a.created_at, a.updated_at
  FROM applications a LEFT JOIN campaign_publications p ON p.id = a.publication_id LEFT JOIN campaigns c ON c.id = p.campaign_id
  LEFT JOIN jobs j ON j.id = a.job_id`;

/** WHERE clauses of the whitelisted filters (list and pipeline counts filter the same way). */
function filterClauses(query: ApplicationFilterQuery, params: unknown[]): string[] {
  const where: string[] = [];
  if (query.jobId) where.push(`a.job_id = $${params.push(query.jobId)}`);
  if (query.campaignId) where.push(`a.publication_id IN (SELECT id FROM campaign_publications WHERE campaign_id = $${params.push(query.campaignId)})`);
  if (query.platform) where.push(`a.publication_id IN (SELECT id FROM campaign_publications WHERE platform = $${params.push(query.platform)})`);
  if (query.segmentId) {
    where.push(`a.publication_id IN (SELECT p2.id FROM campaign_publications p2 JOIN campaigns c2 ON c2.id = p2.campaign_id WHERE $${params.push(query.segmentId)}::uuid = ANY(c2.segment_ids))`);
  }
  if (query.stage) where.push(`a.stage = $${params.push(query.stage)}`);
  return where;
}

const whereSql = (where: string[]) => (where.length ? `WHERE ${where.join(' AND ')}` : '');

/** The applications table (first-party conversions and their hiring stage), kept in step with the dashboard rollup. */
@Injectable()
export class ApplicationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource, private readonly metrics: MetricsRepository) {}

  /**
   * Inserts the application and counts it on its day and platform in the same transaction.
   * Returns the new id, or null when its externalId was already recorded (counted once).
   */
  async insert(dto: CreateApplicationDto, link: ApplicationLink | null, candidateId: string | null, createdBy: string): Promise<string | null> {
    return this.db.transaction(async (manager) => {
      const [row]: { id: string; created_at: Date }[] = await manager.query(
        `INSERT INTO applications (publication_id, job_id, candidate_id, tracking_code, candidate_email, source, external_id, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (external_id) DO NOTHING RETURNING id, created_at`,
        [link?.publicationId ?? null, link?.jobId ?? null, candidateId, dto.trackingCode ?? null, dto.candidateEmail ?? null, dto.source, dto.externalId ?? null, createdBy],
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

  /** Ids of the applications recorded with these externalIds. */
  async idsByExternalIds(externalIds: string[]): Promise<Map<string, string>> {
    const rows: { id: string; external_id: string }[] = await this.db.query(`SELECT id, external_id FROM applications WHERE external_id = ANY($1::text[])`, [externalIds]);
    return new Map(rows.map((r) => [r.external_id, r.id]));
  }

  /** Newest first; `after` is the decoded (created_at, id) cursor. */
  list(query: ApplicationFilterQuery, limit: number, after: readonly [string, string] | undefined): Promise<ApplicationRow[]> {
    const params: unknown[] = [];
    const where = filterClauses(query, params);
    if (after) where.push(`(a.created_at, a.id) < ($${params.push(after[0])}::timestamptz, $${params.push(after[1])}::uuid)`);
    return this.db.query(`${SELECT} ${whereSql(where)} ORDER BY a.created_at DESC, a.id DESC LIMIT ${Math.trunc(limit) + 1}`, params);
  }

  /** Per current stage: how many applications are there, and how many of them reached each timed stage. */
  async stageCounts(query: ApplicationFilterQuery): Promise<StageCountRow[]> {
    const params: unknown[] = [];
    const where = whereSql(filterClauses({ ...query, stage: undefined }, params));
    const rows: Record<string, string | number>[] = await this.db.query(
      `SELECT a.stage, count(*) AS n, count(a.screening_at) AS screening, count(a.interview_at) AS interview, count(a.offer_at) AS offer,
              count(a.hired_at) AS hired, count(a.rejected_at) AS rejected, count(a.withdrawn_at) AS withdrawn
       FROM applications a ${where} GROUP BY a.stage`,
      params,
    );
    return rows.map(({ stage, n, ...reached }) => ({
      stage: stage as Stage, count: Number(n), reached: Object.fromEntries(Object.entries(reached).map(([k, v]) => [k, Number(v)])) as Record<TimedStage, number>,
    }));
  }

  async updateNotes(id: string, notes: string | null): Promise<void> {
    await this.db.query(`UPDATE applications SET notes = $2, updated_at = now() WHERE id = $1`, [id, notes]);
  }
}
