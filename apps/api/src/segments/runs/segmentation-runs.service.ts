import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '../../audit';
import { Principal } from '../../auth';
import { Page } from '../../common/pagination';
import { ProblemException } from '../../common/problem';
import { CreateSegmentationRunDto, RunListQuery } from '../dto/create-run.dto';
import { SegmentationRunDetailDto, SegmentationRunDto } from '../dto/run.dto';
import { RunTrigger, SegmentationRun } from '../entities/segmentation-run.entity';
import { SegmentsRepository } from '../segments.repository';
import { DEFAULT_RUN_PARAMETERS, readRunParameters, resolveRunParameters, RunParameters } from './run-parameters';
import { SegmentActivation } from './segment-activation';
import { SegmentationQueue } from '../segments.queue';
import { isInFlightConflict, SegmentationRunsRepository } from './segmentation-runs.repository';

/** Requesting, listing and activating segmentation runs. */
@Injectable()
export class SegmentationRunsService {
  private readonly logger = new Logger(SegmentationRunsService.name);

  constructor(
    private readonly runs: SegmentationRunsRepository,
    private readonly segments: SegmentsRepository,
    private readonly activation: SegmentActivation,
    private readonly queue: SegmentationQueue,
    private readonly audit: AuditService,
  ) {}

  /** Queues a run; 409 while another one is queued or running. */
  async request(dto: CreateSegmentationRunDto, principal: Principal | undefined, ip?: string): Promise<SegmentationRunDto> {
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
    const segments = await this.segments.findByRun(id);
    return SegmentationRunDetailDto.fromDetail(run, segments);
  }

  /** Makes a succeeded run the current segmentation (every candidate's segment with it); unseen candidates are placed in the background. */
  async activate(id: string, principal: Principal | undefined, ip?: string): Promise<SegmentationRunDto> {
    const activatedAt = await this.runs.transaction(async (tx) => {
      const status = await this.runs.lockStatus(tx, id);
      if (status === null) throw runNotFound(id);
      if (status !== 'succeeded') {
        throw new ProblemException(409, `Only a succeeded run can be activated; this one is ${status}.`, { runStatus: status });
      }
      const at = await this.activation.activate(tx, id);
      if (at) await this.audit.record({ action: 'segmentation_run.activated', principal, ip, targetType: 'segmentation_run', targetId: id }, tx.manager);
      return at;
    });
    if (activatedAt) await this.queue.enqueuePlacement(id, activatedAt);
    const run = await this.runs.findOne(id);
    return SegmentationRunDto.from(run!);
  }

  /** Inserts a queued run (with its audit record); null when the one-in-flight index refuses it. */
  private async insertQueued(parameters: RunParameters, trigger: RunTrigger, principal?: Principal, ip?: string): Promise<SegmentationRun | null> {
    try {
      return await this.runs.transaction(async (tx) => {
        const run = await this.runs.insertQueued(tx, {
          trigger,
          parameters,
          requestedBy: principal?.kind === 'session' ? principal.id : null,
          requestedByLabel: principal?.label ?? (trigger === 'scheduled' ? 'scheduler' : 'system'),
        });
        await this.audit.record(
          { action: 'segmentation_run.requested', principal, ip, targetType: 'segmentation_run', targetId: run.id, details: { trigger, parameters } },
          tx.manager,
        );
        return run;
      });
    } catch (error) {
      if (isInFlightConflict(error)) return null;
      throw error;
    }
  }
}

export const runNotFound = (id: string) => new ProblemException(404, `Segmentation run ${id} does not exist.`);
