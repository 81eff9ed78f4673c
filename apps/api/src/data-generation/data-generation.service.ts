import { randomInt } from 'node:crypto';
import { InjectQueue } from '@nestjs/bull';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Queue } from 'bull';
import { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Principal } from '../auth/principal';
import { fieldProblem, ProblemException } from '../common/problem';
import { appConfig } from '../config/app-config';
import { DATA_GENERATION_QUEUE, DataGenerationJob } from './data-generation.processor';
import { CreateDataGenerationDto, DataGenerationRunDto, MAX_GEMINI_ITEMS } from './dto/data-generation.dto';
import { DataGenerationRun } from './entities/data-generation-run.entity';
import { generatorKind } from './generator-factory';

@Injectable()
export class DataGenerationService {
  constructor(
    @InjectRepository(DataGenerationRun) private readonly runs: Repository<DataGenerationRun>,
    @InjectQueue(DATA_GENERATION_QUEUE) private readonly queue: Queue<DataGenerationJob>,
    private readonly audit: AuditService,
  ) {}

  async create(dto: CreateDataGenerationDto, principal: Principal, ip: string): Promise<DataGenerationRunDto> {
    const jobs = dto.jobs ?? 0;
    const candidates = dto.candidates ?? 0;
    if (jobs + candidates === 0) throw fieldProblem(400, 'candidates', 'ask for at least one job or candidate');
    const generator = generatorKind(appConfig());
    if (generator === 'gemini' && jobs + candidates > MAX_GEMINI_ITEMS) {
      throw fieldProblem(422, 'candidates', `Gemini generates at most ${MAX_GEMINI_ITEMS} items per run (unset GEMINI_API_KEY for the offline generator)`);
    }
    const run = await this.runs.save(
      this.runs.create({
        status: 'queued', generator, seed: dto.seed ?? randomInt(1, 2_147_483_647), jobsRequested: jobs, candidatesRequested: candidates,
        jobsProcessed: 0, candidatesProcessed: 0, jobsCreated: 0, candidatesCreated: 0, candidatesUpdated: 0, itemsDropped: 0,
        createdBy: principal.kind === 'session' ? principal.id : null,
      }),
    );
    await this.audit.record({ action: 'data_generation.requested', principal, ip, targetType: 'data_generation_run', targetId: run.id, details: { jobs, candidates, generator, seed: run.seed } });
    try {
      await this.queue.add({ runId: run.id }, { jobId: run.id });
    } catch {
      await this.runs.update(run.id, { status: 'failed', error: 'The run could not be queued. Try again in a moment.' });
      throw new ProblemException(503, 'The job queue is not available; nothing was generated. Try again in a moment.');
    }
    return DataGenerationRunDto.from(run);
  }

  async get(id: string): Promise<DataGenerationRunDto> {
    const run = await this.runs.findOneBy({ id });
    if (!run) throw new ProblemException(404, `Data generation run ${id} does not exist.`);
    return DataGenerationRunDto.from(run);
  }
}
