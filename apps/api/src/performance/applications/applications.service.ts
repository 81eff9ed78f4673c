import { Injectable } from '@nestjs/common';
import { Principal } from '../../auth';
import { CandidatesService } from '../../candidates';
import { decodeCursor, Page, toPage } from '../../common/pagination';
import { fieldProblem, ProblemException } from '../../common/problem';
import { ApplicationDto, ApplicationFilterQuery, ApplicationQuery, CreateApplicationDto } from '../dto/application.dto';
import { ApplicationDetailDto, PipelineDto, UpdateApplicationDto } from '../dto/application-stage.dto';
import { TrackingService } from '../tracking/tracking.service';
import { toApplicationDto } from './application-mapper';
import { ApplicationStageRepository } from './application-stage.repository';
import { allowedNextStages, STAGES, TimedStage } from './application-stages';
import { ApplicationLink, ApplicationsRepository } from './applications.repository';

/** Applications reported by an ATS or the careers site, attributed by tracking code, and their hiring stage. */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly repository: ApplicationsRepository,
    private readonly stages: ApplicationStageRepository,
    private readonly tracking: TrackingService,
    private readonly candidates: CandidatesService,
  ) {}

  async record(dto: CreateApplicationDto, principal: Principal): Promise<{ application: ApplicationDto; created: boolean }> {
    let link: ApplicationLink | null = null;
    if (dto.trackingCode) {
      const found = await this.tracking.resolve(dto.trackingCode);
      if (!found) throw fieldProblem(422, 'trackingCode', 'does not belong to any AdFlux ad');
      link = { publicationId: found.publication_id, platform: found.platform, jobId: found.job_id };
    }
    const candidateId = dto.candidateEmail ? await this.candidates.idByEmail(dto.candidateEmail) : null;
    const insertedId = await this.repository.insert(dto, link, candidateId, principal.label);
    // A resent externalId is the same application: answer with the stored one, count it once.
    const row = insertedId ? await this.repository.findById(insertedId) : await this.repository.findByExternalId(dto.externalId!);
    return { application: toApplicationDto(row!), created: insertedId !== null };
  }

  async list(query: ApplicationQuery): Promise<Page<ApplicationDto>> {
    const limit = query.limit ?? 50;
    const rows = await this.repository.list(query, limit, decodeCursor(query.cursor, ['timestamp', 'uuid']));
    return toPage(rows, limit, toApplicationDto, (r) => [r.created_at.toISOString(), r.id]);
  }

  async get(id: string): Promise<ApplicationDetailDto> {
    const row = await this.repository.findById(id);
    if (!row) throw notFound(id);
    const events = await this.stages.timeline(id);
    const created = { stage: 'applied' as const, at: row.created_at.toISOString(), source: 'created' as const, actor: row.source, note: null };
    return { ...toApplicationDto(row), timeline: [created, ...events.map((e) => ({ ...e, at: e.at.toISOString() }))] };
  }

  /** A recruiter's change: notes, and/or a move to one of the allowed stages (checked under the row lock). */
  async update(id: string, dto: UpdateApplicationDto, principal: Principal): Promise<ApplicationDetailDto> {
    if (dto.stageNote !== undefined && dto.stage === undefined) throw fieldProblem(400, 'stageNote', 'needs a stage to go with it');
    if (dto.stage !== undefined) {
      const next = dto.stage;
      const outcome = await this.stages.applyEvent(id, { stage: next, at: new Date(), source: 'manual', actor: principal.label, note: dto.stageNote ?? null }, (current) => {
        const allowed = allowedNextStages(current);
        if (!allowed.includes(next)) {
          throw fieldProblem(409, 'stage', allowed.length ? `cannot move from ${current} to ${next}; allowed: ${allowed.join(', ')}` : `cannot move: ${current} is final`);
        }
      });
      if (!outcome) throw notFound(id);
    } else if (!(await this.repository.findById(id))) {
      throw notFound(id);
    }
    if (dto.notes !== undefined) await this.repository.updateNotes(id, dto.notes);
    return this.get(id);
  }

  /** Counts per stage (current and ever reached) for the filtered applications: the per-job pipeline view. */
  async pipeline(query: ApplicationFilterQuery): Promise<PipelineDto> {
    const rows = await this.repository.stageCounts(query);
    const total = rows.reduce((n, r) => n + r.count, 0);
    return {
      total,
      stages: STAGES.map((stage) => ({
        stage,
        current: rows.find((r) => r.stage === stage)?.count ?? 0,
        reached: stage === 'applied' ? total : rows.reduce((n, r) => n + r.reached[stage as TimedStage], 0),
      })),
    };
  }
}

const notFound = (id: string) => new ProblemException(404, `Application ${id} does not exist.`);
