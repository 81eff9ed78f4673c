import { AUDITED_ATTRIBUTES, syntheticDemographics } from '@adflux/segmentation';
import type { Demographics } from '@adflux/segmentation';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ClientBase } from 'pg';
import { DataSource } from 'typeorm';
import { pgPool } from '../../database/pg-client';

/** The audit-only columns, in AUDITED_ATTRIBUTES order. */
const COLUMNS = ['age_band', 'gender', 'disability', 'veteran'] as const;
const selectValues = (prefix = '') => COLUMNS.map((c, i) => `${prefix}${c} AS "${AUDITED_ATTRIBUTES[i]}"`).join(', ');

export type DemographicValues = Record<(typeof AUDITED_ATTRIBUTES)[number], string | null>;

/** One audited row: a candidate id and their declared values. */
export type AuditRow = [id: string, ageBand: string | null, gender: string | null, disability: string | null, veteran: string | null];

/**
 * Self-declared, audit-only demographics (candidate_demographics, one row per candidate, deleted
 * with the candidate by ON DELETE CASCADE). Read by the admin routes, the personal-data export
 * and the segment fairness audit; never by lists, segmentation features or platform code.
 */
@Injectable()
export class CandidateDemographicsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(candidateId: string): Promise<DemographicValues | null> {
    const rows: DemographicValues[] = await this.dataSource.query(`SELECT ${selectValues()} FROM candidate_demographics WHERE candidate_id = $1`, [candidateId]);
    return rows[0] ?? null;
  }

  /** Replaces the candidate's row; false when the candidate does not exist. */
  async upsert(candidateId: string, values: DemographicValues): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO candidate_demographics (candidate_id, ${COLUMNS.join(', ')})
       SELECT id, $2, $3, $4, $5 FROM candidates WHERE id = $1
       ON CONFLICT (candidate_id) DO UPDATE SET ${COLUMNS.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, updated_at = now()
       RETURNING candidate_id`,
      [candidateId, ...AUDITED_ATTRIBUTES.map((a) => values[a])],
    );
    return rows.length > 0;
  }

  /**
   * Declared candidates of one country, counted by whether they live in `city` (matched by name,
   * trimmed and case-folded: candidates carry no coordinates) and by their declared values.
   */
  async placeCounts(countryCode: string, city: string): Promise<Array<{ inside: boolean; n: number } & DemographicValues>> {
    return this.dataSource.query(
      `SELECT lower(trim(c.city)) IS NOT DISTINCT FROM lower(trim($2)) AS inside, ${selectValues('d.')}, count(*)::int AS n
         FROM candidates c JOIN candidate_demographics d ON d.candidate_id = c.id
        WHERE c.country_code = $1
        GROUP BY 1, 2, 3, 4, 5`,
      [countryCode, city],
    );
  }

  /** Every declared row, for the fairness audit (ids as text; one round trip, compact array rows). */
  async allForAudit(): Promise<AuditRow[]> {
    const { rows } = await pgPool(this.dataSource).query<AuditRow>({
      text: `SELECT candidate_id::text, ${COLUMNS.join(', ')} FROM candidate_demographics`,
      rowMode: 'array',
    });
    return rows;
  }
}

/**
 * Bulk writes on a connection the caller holds (CSV import, data generation, the demo seed), in
 * the caller's transaction.
 */
export class CandidateDemographicsWriter {
  constructor(private readonly client: ClientBase) {}

  /** Upserts by candidate email (what import and generation rows carry); unknown emails are skipped. */
  async upsertByEmail(rows: ReadonlyArray<{ email: string; demographics: Demographics }>): Promise<void> {
    if (rows.length === 0) return;
    const arrays = [rows.map((r) => r.email.toLowerCase()), ...AUDITED_ATTRIBUTES.map((a) => rows.map((r) => r.demographics[a] ?? null))];
    await this.client.query(
      `INSERT INTO candidate_demographics (candidate_id, ${COLUMNS.join(', ')})
       SELECT c.id, v.age_band, v.gender, v.disability, v.veteran
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS v(email, ${COLUMNS.join(', ')})
         JOIN candidates c ON lower(c.email) = v.email
       ON CONFLICT (candidate_id) DO UPDATE SET ${COLUMNS.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, updated_at = now()`,
      arrays,
    );
  }

  /**
   * Synthetic candidates without demographics get plausible ones (the library's generator: age
   * follows years of experience, so the audit has a proxy to find). `ids` limits it to some.
   */
  async fillSynthetic(seed: number, ids?: readonly string[]): Promise<number> {
    const { rows } = await this.client.query<{ id: string; years: number | null }>(
      `SELECT c.id, c.years_experience AS years FROM candidates c
        WHERE NOT EXISTS (SELECT 1 FROM candidate_demographics d WHERE d.candidate_id = c.id)
          ${ids ? 'AND c.id = ANY($1::uuid[])' : ''}
        ORDER BY c.email`, // unique and not random, unlike the uuid: one seed on one pool draws the same demographics
      ids ? [ids] : [],
    );
    const drawn = syntheticDemographics(rows.map((r) => ({ yearsExperience: r.years })), { seed });
    const declared = rows.map((r, i) => ({ id: r.id, d: drawn[i] })).filter((x): x is { id: string; d: Demographics } => x.d !== null);
    for (let start = 0; start < declared.length; start += 5000) {
      const part = declared.slice(start, start + 5000);
      await this.client.query(
        `INSERT INTO candidate_demographics (candidate_id, ${COLUMNS.join(', ')})
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) ON CONFLICT (candidate_id) DO NOTHING`,
        [part.map((x) => x.id), ...AUDITED_ATTRIBUTES.map((a) => part.map((x) => x.d[a] ?? null))],
      );
    }
    return declared.length;
  }
}
