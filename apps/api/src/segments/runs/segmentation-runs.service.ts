import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, QueryFailedError, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Principal } from '../../auth/principal';
import { Page } from '../../common/pagination';
import { ProblemException } from '../../common/problem';
import { CreateSegmentationRunDto, RunListQuery } from '../dto/create-run.dto';
import { SegmentationRunDetailDto, SegmentationRunDto } from '../dto/run.dto';
import { Segment } from '../entities/segment.entity';
import { RunTrigger, SegmentationRun } from '../entities/segmentation-run.entity';
import { inPgTransaction } from '../pg-transaction';
import { DEFAULT_RUN_PARAMETERS, readRunParameters, resolveRunParameters, RunParameters } from './run-parameters';
import { SegmentActivation } from './segment-activation';
import { SegmentationQueue } from '../segments.queue';
import { SegmentationRunsRepository } from './segmentation-runs.repository';

const IN_FLIGHT_INDEX = 'segmentation_runs_one_in_flight';

/** Requesting, listing and activating segmentation runs. */
@Injectable()
export class SegmentationRunsService {
  private readonly logger = new Logger(SegmentationRunsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Segment) private readonly segments: Repository<Segment>,
    private readonly runs: SegmentationRunsRepository,
    private readonly activation: SegmentActivation,
    private readonly queue: SegmentationQueue,
    private readonly audit: AuditService,
  ) {}

  /** Queues a run; 409 while another one is queued or running. */
  async request(dto: CreateSegmentationRunDto, principal: Principal, ip: string): Promise<SegmentationRunDto> {
    const parameters = resolveRunParameters(dto);
    const run = await this.insertQueued(parameters, 'manual', principal, ip);
    if (!run) {
      const [inFlight] = await this.runs.findInFlight();
      throw new ProblemException(409, 'A segmentation run is already queued or running; wait for it to finish.', { runId: inFlight?.id ?? null });
    }
    await this.queue.enqueueRun(run.id);
    return SegmentationRunDto.from(run);
  }

  /** Cron slot: same parameters as the active run (defaults without one); skipped while a run is in flight. */
  async requestScheduled(slot: string): Promise<string | null> {
    const active = await this.runs.findActive();
    const parameters = active ? readRunParameters(active.parameters) : DEFAULT_RUN_PARAMETERS;
    const run = await this.insertQueued(parameters, 'scheduled');
    if (!run) {
      this.logger.log({ slot }, 'scheduled segmentation skipped: a run is already queued or running');
      return null;
    }
    await this.queue.enqueueRun(run.id);
    return run.id;
  }

  list(query: RunListQuery): Promise<Page<SegmentationRunDto>> {
    return this.runs.list(query.limit ?? 20, query.cursor, query.status);
  }

  async get(id: string): Promise<SegmentationRunDetailDto> {
    const run = await this.runs.findOne(id, true);
    if (!run) throw runNotFound(id);
    const segments = await this.segments.find({ where: { runId: id }, order: { index: 'ASC' } });
    return SegmentationRunDetailDto.fromDetail(run, segments);
  }

  /** Makes a succeeded run the current segmentation (every candidate's segment with it); unseen candidates are placed in the background. */
  async activate(id: string, principal: Principal, ip: string): Promise<SegmentationRunDto> {
    const activatedAt = await inPgTransaction(this.dataSource, async ({ client, manager }) => {
      const { rows } = await client.query<{ status: string }>(`SELECT status FROM segmentation_runs WHERE id = $1 FOR UPDATE`, [id]);
      if (rows.length === 0) throw runNotFound(id);
      if (rows[0].status !== 'succeeded') {
        throw new ProblemException(409, `Only a succeeded run can be activated; this one is ${rows[0].status}.`, { runStatus: rows[0].status });
      }
      const at = await this.activation.activate(client, id);
      if (at) await this.audit.record({ action: 'segmentation_run.activated', principal, ip, targetType: 'segmentation_run', targetId: id }, manager);
      return at;
    });
    if (activatedAt) await this.queue.enqueuePlacement(id, activatedAt);
    const run = await this.runs.findOne(id);
    return SegmentationRunDto.from(run!);
  }

  /** Inserts a queued run (with its audit record); null when the one-in-flight index refuses it. */
  private async insertQueued(parameters: RunParameters, trigger: RunTrigger, principal?: Principal, ip?: string): Promise<SegmentationRun | null> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const repo = manager.getRepository(SegmentationRun);
        const inserted = await repo.save(
          repo.create({
            status: 'queued',
            trigger,
            parameters,
            progress: 0,
            active: false,
            silhouetteByK: [],
            sizes: [],
            notes: [],
            timings: {},
            requestedBy: principal?.kind === 'session' ? principal.id : null,
            requestedByLabel: principal?.label ?? 'scheduler',
          }),
        );
        await this.audit.record(
          { action: 'segmentation_run.requested', principal, ip, targetType: 'segmentation_run', targetId: inserted.id, details: { trigger, parameters } },
          manager,
        );
        return (await repo.findOneBy({ id: inserted.id }))!;
      });
    } catch (error) {
      if (isInFlightConflict(error)) return null;
      throw error;
    }
  }
}

function isInFlightConflict(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
  return error instanceof QueryFailedError && driverError?.code === '23505' && driverError.constraint === IN_FLIGHT_INDEX;
}

export const runNotFound = (id: string) => new ProblemException(404, `Segmentation run ${id} does not exist.`);
