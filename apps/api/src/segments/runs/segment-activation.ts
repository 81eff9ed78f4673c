import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { lockActivationExclusive } from '../pg-transaction';

/**
 * Making a run the current segmentation: one short transaction that moves the `active` flag.
 * Segments, profiles, member lists and each candidate's segment read the run's own assignments,
 * so they all switch at once; candidates the run never saw are placed by the placement job.
 */
@Injectable()
export class SegmentActivation {
  /** Activates a succeeded run; returns its new activated_at, or null if it was already active. */
  async activate(client: PoolClient, runId: string): Promise<Date | null> {
    await lockActivationExclusive(client);
    const { rows: current } = await client.query<{ id: string }>(`SELECT id FROM segmentation_runs WHERE active`);
    if (current[0]?.id === runId) return null;
    return this.flip(client, runId);
  }

  /** The first successful run becomes current on its own; later ones wait for a person. */
  async activateIfNoneActive(client: PoolClient, runId: string): Promise<Date | null> {
    await lockActivationExclusive(client);
    const { rows: current } = await client.query(`SELECT 1 FROM segmentation_runs WHERE active`);
    return current.length ? null : this.flip(client, runId);
  }

  private async flip(client: PoolClient, runId: string): Promise<Date> {
    await client.query(`UPDATE segmentation_runs SET active = false WHERE active`);
    const { rows } = await client.query<{ activated_at: Date }>(
      `UPDATE segmentation_runs SET active = true, activated_at = now(), candidates_synced_at = NULL
        WHERE id = $1 AND status = 'succeeded' RETURNING activated_at`,
      [runId],
    );
    if (rows.length === 0) throw new Error(`Run ${runId} cannot be activated: it has not succeeded`);
    return rows[0].activated_at;
  }
}
