import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { PLATFORM_KINDS, platformBadge, type PlatformKind } from '../ads-platforms/ads-platforms.api';
import { decodeCursor, Page, PageQuery, toPage } from '../common/pagination';
import { ProblemException } from '../common/problem';
import { AppConfig, InjectConfig } from '../config/config.module';
import { CampaignStatus, campaignStatusOfFlagsSql, campaignStatusSql, STATUS_FLAGS_SQL } from './campaign-status';
import { CampaignListQuery } from './dto/campaign-query.dto';
import { byPlatformThenName, CampaignDto, CampaignJobDto, ConnectionSummary, PublicationDto } from './dto/campaign.dto';
import { CampaignEventDto } from './dto/campaign-event.dto';
import { CampaignEvent } from './entities/campaign-event.entity';
import { Campaign } from './entities/campaign.entity';
import { Publication } from './entities/publication.entity';
import { IdName, namesByIds } from '../database/names-by-ids';

/** The performance list's selection: the ids it asked for, how many campaigns match, and the counts per facet value. */
export interface CampaignSelection {
  /** The whole ordered selection, or only the slice asked for. */
  ids: string[];
  total: number;
  /** Per status, campaigns matching every filter but the status one; per platform, every filter but the platform one. */
  statusCounts: { value: string; count: number }[];
  platformCounts: { value: string; count: number }[];
}

export interface CampaignSelectionFilter {
  jobId?: string;
  q?: string;
  status?: CampaignStatus;
  platform?: PlatformKind;
}

/** The platforms a campaign publishes on, as an array, from one aggregate over its publications. */
const PLATFORMS_SQL = `array_remove(ARRAY[${PLATFORM_KINDS.map((k) => `CASE WHEN bool_or(platform = '${k}') THEN '${k}' END`).join(', ')}]::varchar[], NULL)`;

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Reads campaigns with their publications, job and connection names (the API's read model). */
@Injectable()
export class CampaignsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource, @InjectConfig() private readonly config: AppConfig) {}

  /** Display names by id, one query (audit log targets). */
  names(ids: string[]): Promise<IdName[]> {
    return namesByIds(this.dataSource, 'campaigns', 'name', ids);
  }

  findCampaign(id: string): Promise<Campaign | null> {
    return this.dataSource.getRepository(Campaign).findOne({ where: { id } });
  }

  /** The campaign's publications, oldest first (not locked: for checks before a write transaction). */
  publicationsOf(campaignId: string): Promise<Publication[]> {
    return this.dataSource.getRepository(Publication).find({ where: { campaignId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Newest first, keyset on (created_at, id); publications, jobs and connections in one query each. */
  async list(query: CampaignListQuery): Promise<Page<CampaignDto>> {
    const limit = query.limit ?? 50;
    const after = decodeCursor(query.cursor, ['timestamp', 'uuid']);
    const qb = this.dataSource.getRepository(Campaign).createQueryBuilder('c');
    if (query.jobId) qb.andWhere('c.job_id = :jobId', { jobId: query.jobId });
    if (query.segmentId) qb.andWhere(':segmentId = ANY(c.segment_ids)', { segmentId: query.segmentId });
    if (query.q) qb.andWhere('c.name ILIKE :pattern', { pattern: likePattern(query.q) });
    if (query.status) qb.andWhere(`${campaignStatusSql('c.id')} = :status`, { status: query.status });
    if (after) qb.andWhere('(c.created_at, c.id) < (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid))', { afterAt: after[0], afterId: after[1] });
    const rows = await qb.orderBy('c.created_at', 'DESC').addOrderBy('c.id', 'DESC').limit(limit + 1).getMany();
    const dtos = await this.toDtos(rows.slice(0, limit));
    const byId = new Map(dtos.map((d) => [d.id, d]));
    return toPage(rows, limit, (c) => byId.get(c.id)!, (c) => [c.createdAt.toISOString(), c.id]);
  }

  /**
   * The performance list's campaigns in the given order (ties by id), filtered by job, name, derived
   * status and platform, with the total and the facet counts, in one statement: publications are
   * aggregated once, and only ids and counts leave the database (shipping every campaign's facts to
   * Node cost more than the query; the ids travel as one comma-separated text, 2–3× faster than a
   * uuid[] for 10 000 of them). `slice` returns one page of the ids instead of all of them.
   */
  async selection(
    filter: CampaignSelectionFilter, orderBy: 'createdAt' | 'name', order: 'asc' | 'desc', slice?: { offset: number; limit: number },
  ): Promise<CampaignSelection> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.jobId) where.push(`c.job_id = $${params.push(filter.jobId)}`);
    if (filter.q) where.push(`c.name ILIKE $${params.push(likePattern(filter.q))}`);
    const byStatus = filter.status ? `status = $${params.push(filter.status)}` : 'true';
    const byPlatform = filter.platform ? `$${params.push(filter.platform)} = ANY(platforms)` : 'true';
    const direction = order === 'asc' ? 'ASC' : 'DESC';
    const sortColumn = orderBy === 'name' ? 'lower(name)' : 'created_at';
    const page = slice ? `OFFSET $${params.push(slice.offset)} LIMIT $${params.push(slice.limit)}` : '';
    const counts = (column: string, from: string, condition: string) =>
      `(SELECT coalesce(json_agg(json_build_object('value', v, 'count', n)), '[]') FROM (SELECT ${column} AS v, count(*)::int AS n FROM ${from} WHERE ${condition} GROUP BY 1) x)`;
    const [row]: { ids: string | null; total: number; statusCounts: CampaignSelection['statusCounts']; platformCounts: CampaignSelection['platformCounts'] }[] =
      await this.dataSource.query(
        `WITH f AS MATERIALIZED (
           SELECT c.id, c.created_at, c.name, ${campaignStatusOfFlagsSql('p')} AS status, coalesce(p.platforms, '{}') AS platforms
           FROM campaigns c
           LEFT JOIN (SELECT campaign_id, ${STATUS_FLAGS_SQL}, ${PLATFORMS_SQL} AS platforms
                      FROM campaign_publications GROUP BY campaign_id) p ON p.campaign_id = c.id
           ${where.length ? `WHERE ${where.join(' AND ')}` : ''})
         SELECT (SELECT array_to_string(array_agg(id), ',') FROM (SELECT id FROM f WHERE ${byStatus} AND ${byPlatform} ORDER BY ${sortColumn} ${direction}, id ${direction} ${page}) s) AS ids,
                (SELECT count(*)::int FROM f WHERE ${byStatus} AND ${byPlatform}) AS total,
                ${counts('status', 'f', byPlatform)} AS "statusCounts",
                ${counts('v', 'f, unnest(platforms) AS v', byStatus)} AS "platformCounts"`,
        params,
      );
    return { ids: row!.ids ? row!.ids.split(',') : [], total: row!.total, statusCounts: row!.statusCounts, platformCounts: row!.platformCounts };
  }

  /** The campaigns of these jobs with their derived status. */
  campaignsOfJobs(jobIds: readonly string[]): Promise<{ id: string; job_id: string; status: CampaignStatus }[]> {
    return this.dataSource.query(
      `SELECT c.id, c.job_id, ${campaignStatusOfFlagsSql('p')} AS status
       FROM campaigns c
       LEFT JOIN (SELECT campaign_id, ${STATUS_FLAGS_SQL} FROM campaign_publications
                  WHERE campaign_id IN (SELECT id FROM campaigns WHERE job_id = ANY($1::uuid[])) GROUP BY campaign_id) p ON p.campaign_id = c.id
       WHERE c.job_id = ANY($1::uuid[])`,
      [jobIds],
    );
  }

  /** The campaigns as the API shows them, in the order of `ids` (unknown ids are skipped). */
  async dtosOf(ids: readonly string[]): Promise<CampaignDto[]> {
    if (ids.length === 0) return [];
    const campaigns = await this.dataSource.getRepository(Campaign).find({ where: { id: In([...ids]) } });
    const dtos = new Map((await this.toDtos(campaigns)).map((d) => [d.id, d]));
    return ids.flatMap((id) => dtos.get(id) ?? []);
  }

  async detail(id: string, manager?: EntityManager): Promise<CampaignDto> {
    const campaign = await (manager ?? this.dataSource.manager).getRepository(Campaign).findOne({ where: { id } });
    if (!campaign) throw new ProblemException(404, `Campaign ${id} does not exist.`);
    const [dto] = await this.toDtos([campaign], manager);
    return dto;
  }

  /** The timeline, oldest first, keyset on the event id. */
  async events(campaignId: string, query: PageQuery): Promise<Page<CampaignEventDto>> {
    const limit = query.limit ?? 100;
    const after = decodeCursor(query.cursor, ['serial']);
    const qb = this.dataSource.getRepository(CampaignEvent).createQueryBuilder('e').where('e.campaign_id = :campaignId', { campaignId });
    if (after) qb.andWhere('e.id > CAST(:afterId AS bigint)', { afterId: String(after[0]) });
    const rows = await qb.orderBy('e.id', 'ASC').limit(limit + 1).getMany();
    return toPage(rows, limit, CampaignEventDto.from, (e) => [e.id]);
  }

  private async toDtos(campaigns: Campaign[], manager: EntityManager = this.dataSource.manager): Promise<CampaignDto[]> {
    if (campaigns.length === 0) return [];
    const ids = campaigns.map((c) => c.id);
    const publications = await manager.getRepository(Publication).find({ where: { campaignId: In(ids) }, order: { createdAt: 'ASC', id: 'ASC' } });
    const jobIds = [...new Set(campaigns.map((c) => c.jobId))];
    const connectionIds = [...new Set(publications.map((p) => p.connectionId))];
    const [jobs, connections] = await Promise.all([
      manager.query(`SELECT id, title, status FROM jobs WHERE id = ANY($1::uuid[])`, [jobIds]) as Promise<CampaignJobDto[]>,
      connectionIds.length
        ? (manager.query(`SELECT id, name, kind FROM platform_connections WHERE id = ANY($1::uuid[])`, [connectionIds]) as Promise<{ id: string; name: string; kind: PlatformKind }[]>)
        : Promise.resolve([]),
    ]);
    const jobById = new Map(jobs.map((j) => [j.id, j]));
    const connectionById = new Map<string, ConnectionSummary>(
      connections.map((c) => [c.id, { name: c.name, ...platformBadge(c.kind) }]),
    );
    const baseUrl = this.config.publicBaseUrl;
    return campaigns.map((c) => {
      const pubs = publications
        .filter((p) => p.campaignId === c.id)
        .map((p) => PublicationDto.from(p, connectionById.get(p.connectionId) ?? { name: '(deleted)', ...platformBadge(p.platform) }, baseUrl))
        .sort(byPlatformThenName);
      return CampaignDto.from(c, jobById.get(c.jobId) ?? { id: c.jobId, title: '(deleted job)', status: 'archived' }, pubs);
    });
  }
}
