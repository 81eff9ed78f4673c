import { Injectable } from '@nestjs/common';
import { Principal } from '../../auth';
import { fieldProblem } from '../../common/problem';
import { DispositionBatchDto, DispositionResultDto, DispositionResultsDto } from '../dto/application-stage.dto';
import { ApplicationStageRepository } from './application-stage.repository';
import { ApplicationsRepository } from './applications.repository';

/** An ATS may be a little ahead of our clock; anything further in the future is a mistake, not an event. */
const MAX_CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Disposition updates from an ATS: each item moves an application (by externalId) to a stage at a
 * time. Idempotent (a resent item is recorded once) and safe out of order (the newest event sets
 * the stage, older ones only join the timeline). Items are independent: an unknown externalId is
 * reported in its result and does not fail the batch.
 */
@Injectable()
export class DispositionsService {
  constructor(private readonly applications: ApplicationsRepository, private readonly stages: ApplicationStageRepository) {}

  async apply(batch: DispositionBatchDto, principal: Principal, now: Date = new Date()): Promise<DispositionResultsDto> {
    const times = batch.items.map((item, i) => {
      const at = new Date(item.at);
      if (at.getTime() > now.getTime() + MAX_CLOCK_SKEW_MS) throw fieldProblem(422, `items.${i}.at`, 'is in the future');
      return at;
    });
    const ids = await this.applications.idsByExternalIds([...new Set(batch.items.map((i) => i.externalId))]);
    const results: DispositionResultDto[] = [];
    for (const [i, item] of batch.items.entries()) {
      const id = ids.get(item.externalId);
      const applied = id
        ? await this.stages.applyEvent(id, { stage: item.stage, at: times[i]!, source: 'ats', actor: principal.label, note: item.note ?? null })
        : null;
      results.push(applied ? { externalId: item.externalId, ...applied } : { externalId: item.externalId, outcome: 'not_found', stage: null });
    }
    return { results };
  }
}
