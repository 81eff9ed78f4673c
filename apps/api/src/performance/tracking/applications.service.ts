import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Principal } from '../../auth/principal';
import { decodeCursor, Page, toPage } from '../../common/pagination';
import { fieldProblem } from '../../common/problem';
import { ApplicationDto, ApplicationQuery, CreateApplicationDto } from '../dto/application.dto';
import { MetricsRepository } from '../sync/metrics.repository';
import { TrackingService } from './tracking.service';

interface ApplicationRow {
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

/** First-party conversions reported by an ATS or the careers site, attributed by tracking code. */
@Injectable()
export class ApplicationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tracking: TrackingService,
    private readonly metrics: MetricsRepository,
  ) {}

  async record(dto: CreateApplicationDto, principal: Principal): Promise<{ application: ApplicationDto; created: boolean }> {
    let publicationId: string | null = null;
    let platform: string | null = null;
    if (dto.trackingCode) {
      const link = await this.tracking.resolve(dto.trackingCode);
      if (!link) throw fieldProblem(422, 'trackingCode', 'does not belong to any AdFlux ad');
      publicationId = link.publication_id;
      platform = link.platform;
    }
    const inserted = await this.db.transaction(async (manager) => {
      const rows: { id: string; created_at: Date }[] = await manager.query(
        `INSERT INTO applications (publication_id, tracking_code, candidate_email, source, external_id, created_by) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (external_id) DO NOTHING RETURNING id, created_at`,
        [publicationId, dto.trackingCode ?? null, dto.candidateEmail ?? null, dto.source, dto.externalId ?? null, principal.label],
      );
      if (rows[0] && platform) await this.metrics.countApplication(rows[0].created_at.toISOString().slice(0, 10), platform, manager);
      return rows;
    });
    // A resent externalId is the same application: answer with the stored one, count it once.
    const [row]: ApplicationRow[] = inserted.length
      ? await this.db.query(`${SELECT} WHERE a.id = $1`, [inserted[0]!.id])
      : await this.db.query(`${SELECT} WHERE a.external_id = $1`, [dto.externalId]);
    return { application: toDto(row!), created: inserted.length > 0 };
  }

  async list(query: ApplicationQuery): Promise<Page<ApplicationDto>> {
    const limit = query.limit ?? 50;
    const after = decodeCursor(query.cursor, 2);
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.campaignId) where.push(`p.campaign_id = $${params.push(query.campaignId)}`);
    if (query.jobId) where.push(`p.campaign_id IN (SELECT id FROM campaigns WHERE job_id = $${params.push(query.jobId)})`);
    if (after) where.push(`(a.created_at, a.id) < ($${params.push(after[0])}::timestamptz, $${params.push(after[1])}::uuid)`);
    const rows: ApplicationRow[] = await this.db.query(
      `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.created_at DESC, a.id DESC LIMIT ${limit + 1}`,
      params,
    );
    return toPage(rows, limit, toDto, (r) => [r.created_at.toISOString(), r.id]);
  }
}

function toDto(r: ApplicationRow): ApplicationDto {
  return {
    id: r.id, publicationId: r.publication_id, campaignId: r.campaign_id, platform: r.platform, trackingCode: r.tracking_code,
    candidateEmail: r.candidate_email, source: r.source, externalId: r.external_id, createdAt: r.created_at.toISOString(),
  };
}
