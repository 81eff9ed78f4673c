import type { DataSource } from 'typeorm';

export interface SandboxObjectCount {
  total: number;
  /** Extra objects of one publication and type, plus objects no publication recorded. */
  duplicates: number;
  extra: number;
  orphans: number;
}

/**
 * Platform objects the sandbox holds, counted against the publications: an object the platform
 * created twice for one step, or one no publication recorded (its create's answer was lost and a
 * retry made another), is a duplicate.
 */
export async function countSandboxObjects(db: DataSource): Promise<SandboxObjectCount> {
  const [objects] = await db.query(`SELECT count(*)::int AS total, count(DISTINCT (publication_key, type))::int AS distinct_objects FROM sandbox_objects`);
  const [orphans] = await db.query(
    `SELECT count(*)::int AS n FROM sandbox_objects o
      WHERE NOT EXISTS (SELECT 1 FROM campaign_publications p WHERE p.idempotency_key = o.publication_key AND p.external_ids ? o.type AND p.external_ids->>o.type = o.id::text)`,
  );
  const extra = objects.total - objects.distinct_objects;
  return { total: objects.total, extra, orphans: orphans.n, duplicates: extra + orphans.n };
}
