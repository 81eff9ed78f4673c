import { MigrationInterface, QueryRunner } from 'typeorm';

const FIGURES = ['impressions', 'clicks', 'spend_minor', 'spend_reporting_minor', 'applications'] as const;
const figureColumns = FIGURES.map((f) => `${f} bigint NOT NULL`).join(', ');
const list = FIGURES.join(', ');
/** Above this many campaigns in one change, one exclusive lock instead of a lock per campaign (the shared lock table is small). */
const PER_CAMPAIGN_LOCKS_UP_TO = 64;
/** First key of the advisory locks taken here (the second is the campaign's hash, or 0 for the whole table). */
const LOCK_CLASS = 1796410634;

/**
 * Running totals of `metrics_daily_campaign`, so any date range of any campaign costs two lookups
 * instead of summing its days (the campaigns performance list ranks 10 000 campaigns by a figure):
 * - `metrics_campaign_cumulative`: per campaign and day, the sums of every day up to and including it,
 *   one row per day (gaps filled) from the campaign's first rollup day to its last;
 * - `metrics_campaign_totals`: per campaign, its first and last day and the running totals of the last.
 * A range's figure = value at `to` − value at `from − 1`, where the value at a day past the last is the
 * total and before the first is 0. Statement triggers on the rollup recompute a changed campaign's
 * series from its earliest changed day, whichever code writes the rollup (sync, application
 * tracking, seeds), so a re-synced past day moves every later running total.
 */
export class CampaignCumulativeMetrics1796410634480 implements MigrationInterface {
  name = 'CampaignCumulativeMetrics1796410634480';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE metrics_campaign_cumulative (
      campaign_id uuid NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE, date date NOT NULL, ${figureColumns},
      PRIMARY KEY (campaign_id, date))`);
    // Every campaign's value on one day is one contiguous index range (the ranking reads two days).
    await q.query(`CREATE INDEX metrics_campaign_cumulative_date_idx ON metrics_campaign_cumulative (date, campaign_id)
      INCLUDE (impressions, clicks, spend_reporting_minor, applications)`);
    await q.query(`CREATE TABLE metrics_campaign_totals (
      campaign_id uuid PRIMARY KEY REFERENCES campaigns(id) ON DELETE CASCADE, first_date date NOT NULL, last_date date NOT NULL, ${figureColumns})`);
    await q.query(`CREATE FUNCTION adflux_refresh_campaign_cumulative(changed uuid[], changed_from date[]) RETURNS void LANGUAGE plpgsql AS $fn$
      DECLARE
        ids uuid[];
        starts date[];
      BEGIN
        SELECT array_agg(campaign_id ORDER BY campaign_id), array_agg(day ORDER BY campaign_id) INTO ids, starts
          FROM (SELECT campaign_id, min(day) AS day FROM unnest(changed, changed_from) AS k(campaign_id, day) GROUP BY 1) k;
        IF ids IS NULL THEN RETURN; END IF;
        -- Two transactions recomputing one campaign would each miss the other's days: serialize per campaign.
        IF cardinality(ids) <= ${PER_CAMPAIGN_LOCKS_UP_TO} THEN
          PERFORM pg_advisory_xact_lock_shared(${LOCK_CLASS}, 0);
          PERFORM pg_advisory_xact_lock(${LOCK_CLASS}, hashtext(id::text)) FROM unnest(ids) AS id;
        ELSE
          PERFORM pg_advisory_xact_lock(${LOCK_CLASS}, 0);
        END IF;
        -- Where each series restarts: the changed day (or right after the last stored day, to fill the gap),
        -- or from scratch (NULL) when the change is at or before the stored first day.
        SELECT array_agg(CASE WHEN t.campaign_id IS NULL OR k.day <= t.first_date THEN NULL ELSE least(k.day, t.last_date + 1) END ORDER BY k.campaign_id)
          INTO starts
          FROM unnest(ids, starts) AS k(campaign_id, day) LEFT JOIN metrics_campaign_totals t ON t.campaign_id = k.campaign_id;
        DELETE FROM metrics_campaign_cumulative c USING unnest(ids, starts) AS s(campaign_id, day)
          WHERE c.campaign_id = s.campaign_id AND (s.day IS NULL OR c.date >= s.day);
        INSERT INTO metrics_campaign_cumulative (campaign_id, date, ${list})
        SELECT s.campaign_id, g.day::date, ${FIGURES.map((f) => `coalesce(b.${f}, 0) + (sum(coalesce(m.${f}, 0)) OVER w)::bigint`).join(', ')}
          FROM unnest(ids, starts) AS s(campaign_id, day)
          CROSS JOIN LATERAL (SELECT min(date) AS first, max(date) AS last FROM metrics_daily_campaign WHERE campaign_id = s.campaign_id) r
          CROSS JOIN LATERAL generate_series(coalesce(s.day, r.first), r.last, interval '1 day') AS g(day)
          LEFT JOIN metrics_daily_campaign m ON m.campaign_id = s.campaign_id AND m.date = g.day::date
          LEFT JOIN metrics_campaign_cumulative b ON b.campaign_id = s.campaign_id AND b.date = s.day - 1
        WINDOW w AS (PARTITION BY s.campaign_id ORDER BY g.day);
        DELETE FROM metrics_campaign_totals WHERE campaign_id = ANY(ids);
        INSERT INTO metrics_campaign_totals (campaign_id, first_date, last_date, ${list})
        SELECT i.campaign_id, f.date, l.date, ${FIGURES.map((f) => `l.${f}`).join(', ')}
          FROM unnest(ids) AS i(campaign_id)
          CROSS JOIN LATERAL (SELECT date FROM metrics_campaign_cumulative WHERE campaign_id = i.campaign_id ORDER BY date LIMIT 1) f
          CROSS JOIN LATERAL (SELECT * FROM metrics_campaign_cumulative WHERE campaign_id = i.campaign_id ORDER BY date DESC LIMIT 1) l;
      END $fn$`);
    // Transition tables need one trigger per event; the three share one function. Each passes one earliest day per
    // campaign (a bulk upsert of 3.65M rows hands over 10 000 pairs, not millions).
    await q.query(`CREATE FUNCTION adflux_campaign_rollup_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM adflux_refresh_campaign_cumulative(array_agg(campaign_id), array_agg(date))
            FROM (SELECT campaign_id, min(date) AS date FROM new_rows GROUP BY 1) r;
        ELSIF TG_OP = 'UPDATE' THEN
          PERFORM adflux_refresh_campaign_cumulative(array_agg(campaign_id), array_agg(date))
            FROM (SELECT campaign_id, min(date) AS date FROM (SELECT campaign_id, date FROM new_rows UNION ALL SELECT campaign_id, date FROM old_rows) u GROUP BY 1) r;
        ELSE
          PERFORM adflux_refresh_campaign_cumulative(array_agg(campaign_id), array_agg(date))
            FROM (SELECT campaign_id, min(date) AS date FROM old_rows GROUP BY 1) r;
        END IF;
        RETURN NULL;
      END $fn$`);
    await q.query(`CREATE TRIGGER metrics_daily_campaign_cumulative_ins AFTER INSERT ON metrics_daily_campaign
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION adflux_campaign_rollup_changed()`);
    await q.query(`CREATE TRIGGER metrics_daily_campaign_cumulative_upd AFTER UPDATE ON metrics_daily_campaign
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION adflux_campaign_rollup_changed()`);
    await q.query(`CREATE TRIGGER metrics_daily_campaign_cumulative_del AFTER DELETE ON metrics_daily_campaign
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION adflux_campaign_rollup_changed()`);
    // No TRUNCATE trigger: a test reset truncates every table in one statement (a trigger truncating these would fail),
    // and truncating campaigns cascades to both tables through their foreign keys.
    await q.query(`SELECT adflux_refresh_campaign_cumulative(array_agg(campaign_id), array_agg(date))
      FROM (SELECT campaign_id, min(date) AS date FROM metrics_daily_campaign GROUP BY campaign_id) r`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER metrics_daily_campaign_cumulative_del ON metrics_daily_campaign`);
    await q.query(`DROP TRIGGER metrics_daily_campaign_cumulative_upd ON metrics_daily_campaign`);
    await q.query(`DROP TRIGGER metrics_daily_campaign_cumulative_ins ON metrics_daily_campaign`);
    await q.query(`DROP FUNCTION adflux_campaign_rollup_changed()`);
    await q.query(`DROP FUNCTION adflux_refresh_campaign_cumulative(uuid[], date[])`);
    await q.query(`DROP TABLE metrics_campaign_totals`);
    await q.query(`DROP TABLE metrics_campaign_cumulative`);
  }
}
