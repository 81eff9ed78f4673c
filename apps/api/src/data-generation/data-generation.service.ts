import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit';
import { Principal } from '../auth';
import { fieldProblem, ProblemException } from '../common/problem';
import { AppConfig, InjectConfig } from '../config/config.module';
import { DataGenerationRunsRepository } from './data-generation-runs.repository';
import { DataGenerationQueue } from './data-generation.queue';
import { CreateDataGenerationDto, DataGenerationRunDto, MAX_GEMINI_ITEMS } from './dto/data-generation.dto';
import { generatorKind } from './generator-factory';

@Injectable()
export class DataGenerationService {
  constructor(
    private readonly runs: DataGenerationRunsRepository,
    private readonly queue: DataGenerationQueue,
    private readonly audit: AuditService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async create(dto: CreateDataGenerationDto, principal: Principal, ip: string): Promise<DataGenerationRunDto> {
    const jobs = dto.jobs ?? 0;
    const candidates = dto.candidates ?? 0;
    if (jobs + candidates === 0) throw fieldProblem(400, 'candidates', 'ask for at least one job or candidate');
    const generator = generatorKind(this.config);
    if (generator === 'gemini' && jobs + candidates > MAX_GEMINI_ITEMS) {
      throw fieldProblem(422, 'candidates', `Gemini generates at most ${MAX_GEMINI_ITEMS} items per run (unset GEMINI_API_KEY for the offline generator)`);
    }
    const run = await this.runs.insert({
      status: 'queued', generator, seed: dto.seed ?? randomInt(1, 2_147_483_647), jobsRequested: jobs, candidatesRequested: candidates,
      jobsProcessed: 0, candidatesProcessed: 0, jobsCreated: 0, candidatesCreated: 0, candidatesUpdated: 0, itemsDropped: 0,
      createdBy: principal.kind === 'session' ? principal.id : null,
    });
    await this.audit.record({ action: 'data_generation.requested', principal, ip, targetType: 'data_generation_run', targetId: run.id, details: { jobs, candidates, generator, seed: run.seed } });
    try {
      await this.queue.enqueueRun(run.id);
    } catch {
      await this.runs.markFailed(run.id, 'The run could not be queued. Try again in a moment.');
      throw new ProblemException(503, 'The job queue is not available; nothing was generated. Try again in a moment.');
    }
    return DataGenerationRunDto.from(run);
  }

  async get(id: string): Promise<DataGenerationRunDto> {
    const run = await this.runs.findById(id);
    if (!run) throw new ProblemException(404, `Data generation run ${id} does not exist.`);
    return DataGenerationRunDto.from(run);
  }
}
