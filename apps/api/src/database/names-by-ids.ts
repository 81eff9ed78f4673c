/** Anything that runs SQL: a DataSource, an EntityManager or a TypeORM Repository. */
interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

export interface IdName {
  id: string;
  name: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The display names of some rows of one table, in one query (e.g. for a page of audit entries).
 * `table` and `nameSql` are the calling repository's own constants, never input; ids that are not
 * uuids name no row and are skipped.
 */
export async function namesByIds(db: Queryable, table: string, nameSql: string, ids: readonly string[]): Promise<IdName[]> {
  const wanted = [...new Set(ids.filter((id) => UUID.test(id)))];
  if (wanted.length === 0) return [];
  return (await db.query(`SELECT id, ${nameSql} AS name FROM ${table} WHERE id = ANY($1::uuid[])`, [wanted])) as IdName[];
}
