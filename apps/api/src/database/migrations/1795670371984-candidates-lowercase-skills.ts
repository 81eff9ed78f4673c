import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Candidate skills are now stored like job skills (lowercase, single spaces), so the skill filter
 * is a plain GIN lookup instead of an index on a lower-casing function (cheaper for bulk imports).
 */
export class CandidatesLowercaseSkills1795670371984 implements MigrationInterface {
  name = 'CandidatesLowercaseSkills1795670371984';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX candidates_skills_idx`);
    await q.query(`UPDATE candidates SET
        skills = ARRAY(SELECT s FROM (SELECT k.s, min(u.n) AS n FROM unnest(skills) WITH ORDINALITY AS u(x, n), LATERAL (SELECT lower(regexp_replace(btrim(x), '\\s+', ' ', 'g')) AS s) k WHERE k.s <> '' GROUP BY k.s) t ORDER BY n),
        primary_skill = lower(regexp_replace(btrim(primary_skill), '\\s+', ' ', 'g'))
      WHERE skills::text <> lower(skills::text) OR primary_skill <> lower(primary_skill)`);
    await q.query(`DROP FUNCTION adflux_lower_array(text[])`);
    await q.query(`CREATE INDEX candidates_skills_idx ON candidates USING gin (skills)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX candidates_skills_idx`);
    await q.query(`CREATE FUNCTION adflux_lower_array(text[]) RETURNS text[]
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$ SELECT COALESCE(array_agg(lower(x)), '{}') FROM unnest($1) AS x $$`);
    await q.query(`CREATE INDEX candidates_skills_idx ON candidates USING gin (adflux_lower_array(skills))`);
  }
}
