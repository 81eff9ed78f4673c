import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { transactionWithRetry } from '../../database/transaction-retry';
import { reachedStages, Stage, supersedes } from './application-stages';

export interface StageEvent {
  stage: Stage;
  at: Date;
  source: 'manual' | 'ats';
  actor: string | null;
  note: string | null;
}

export interface TimelineRow {
  stage: Stage;
  at: Date;
  source: 'manual' | 'ats';
  actor: string | null;
  note: string | null;
}

/** applied: the event is now the current stage; stale: kept on the timeline only; duplicate: already recorded. */
export type StageEventOutcome = { outcome: 'applied' | 'stale' | 'duplicate'; stage: Stage } | null;

/** Stage events of applications: the timeline table and the stage columns they move, one locked transaction per event. */
@Injectable()
export class ApplicationStageRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Records the event and updates the application under a row lock, so concurrent events (an ATS
   * batch and a recruiter's click) are applied one after the other. `check` sees the locked current
   * stage and may throw to refuse the move. Returns null when the application does not exist.
   */
  applyEvent(applicationId: string, event: StageEvent, check?: (current: Stage) => void): Promise<StageEventOutcome> {
    return transactionWithRetry(this.db, async (tx) => {
      const [current]: { stage: Stage; stage_at: Date | null }[] = await tx.query(`SELECT stage, stage_at FROM applications WHERE id = $1 FOR UPDATE`, [applicationId]);
      if (!current) return null;
      check?.(current.stage);
      const inserted: unknown[] = await tx.query(
        `INSERT INTO application_stage_events (application_id, stage, at, source, actor, note) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (application_id, stage, at) DO NOTHING RETURNING id`,
        [applicationId, event.stage, event.at, event.source, event.actor, event.note],
      );
      if (inserted.length === 0) return { outcome: 'duplicate', stage: current.stage };
      const wins = supersedes(event, current.stage_at ? { stage: current.stage, at: current.stage_at } : null);
      // Column names come from the fixed stage list, never from input.
      const reached = reachedStages(event.stage).map((s) => `${s}_at = LEAST(${s}_at, $2)`);
      const sets = [...reached, ...(wins ? ['stage = $3', 'stage_at = $2'] : []), 'updated_at = now()'];
      await tx.query(`UPDATE applications SET ${sets.join(', ')} WHERE id = $1`, wins ? [applicationId, event.at, event.stage] : [applicationId, event.at]);
      return { outcome: wins ? 'applied' : 'stale', stage: wins ? event.stage : current.stage };
    });
  }

  timeline(applicationId: string): Promise<TimelineRow[]> {
    return this.db.query(
      `SELECT stage, at, source, actor, note FROM application_stage_events WHERE application_id = $1 ORDER BY at, id`,
      [applicationId],
    );
  }
}
