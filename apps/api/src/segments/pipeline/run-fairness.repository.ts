import { Injectable } from '@nestjs/common';
import type { PgTransaction } from '../../database/pg-transaction';
import type { RunFairness } from './run-fairness';

/** Stores a run's fairness audit on the run (summary) and on each of its segments (detail). */
@Injectable()
export class RunFairnessRepository {
  async save({ client }: PgTransaction, runId: string, fairness: RunFairness): Promise<void> {
    await client.query('UPDATE segmentation_runs SET fairness = $2 WHERE id = $1', [runId, JSON.stringify(fairness.summary)]);
    await client.query(
      `UPDATE segments s SET fairness = f.audit
         FROM jsonb_to_recordset($2::jsonb) AS f(segment int, audit jsonb)
        WHERE s.run_id = $1 AND s.index = f.segment`,
      [runId, JSON.stringify(fairness.segments.map((audit) => ({ segment: audit.segment, audit })))],
    );
  }
}
