import { execFileSync, fork } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { CSV_COLUMNS, HeaderMap, readHeader } from '../src/candidates/imports/csv-columns';
import { readRow } from '../src/candidates/imports/csv-row';
import { CsvParser, CsvRecord, toCsvLine } from '../src/candidates/imports/csv-parser';
import { resetAppConfig } from '../src/config/app-config';
import { runMigrations } from '../src/database/migrate';
import { OfflineGenerator } from '../src/data-generation/offline/offline-generator';
import { BENCH_ENV } from './bench-support';

/**
 * Issue target: importing a 1M-row CSV reaches at least half the throughput of a raw COPY of the
 * same file into a scratch table (measured in the same run), with flat memory (peak RSS shown).
 *
 * Raw COPY: `COPY scratch FROM STDIN (FORMAT csv)` into a table of text columns without indexes
 * or constraints — the floor cost of getting the bytes into PostgreSQL. Ours: the import job's
 * code path (CandidateImportRunner: encoding check, parse, shared validation, upsert by email in
 * batches into the real candidates table with all its indexes), in its own process so its peak
 * RSS is its own. Both write into a scratch database (adflux_bench_import) created per run.
 */
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const DIR = '/tmp/adflux-bench';
const FILE = join(DIR, `candidates-${ROWS}.csv`);
const DATABASE_URL = BENCH_ENV.DATABASE_URL.replace(/\/[^/]+$/, '/adflux_bench_import');

async function main(): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  if (!existsSync(FILE)) await writeCsv();
  const size = statSync(FILE).size;
  console.log(`file: ${FILE} (${ROWS.toLocaleString('en')} rows, ${(size / 1024 / 1024).toFixed(0)} MB)`);

  await recreateDatabase();
  Object.assign(process.env, BENCH_ENV, { DATABASE_URL });
  resetAppConfig();
  await runMigrations(DATABASE_URL);

  const parseOnly = await parseAndValidateOnly();
  const raw = await rawCopy(false);
  const rawIndexed = await rawCopy(true);
  const ours = await ourImport();
  const rate = (ms: number, rows = ROWS) => rows / (ms / 1000);
  const line = (name: string, ms: number, rows = ROWS) => `  ${name.padEnd(48)} ${(ms / 1000).toFixed(1).padStart(6)} s ${Math.round(rate(ms, rows)).toLocaleString('en').padStart(9)} rows/s`;
  console.log(`\nCSV import of ${ROWS.toLocaleString('en')} rows`);
  console.log(line('raw COPY into a scratch table (no indexes)', raw));
  console.log(line('parse + validate only (no database, 1 core)', parseOnly));
  console.log(line('raw COPY into a scratch table (same indexes)', rawIndexed));
  console.log(`${line('AdFlux import (job code path, real table)', ours.ms, ours.rows)}   peak RSS ${ours.peakRssMb} MB (at start ${ours.startRssMb} MB)`);
  console.log(`  created ${ours.created.toLocaleString('en')}, rejected ${ours.rejected}, status ${ours.status}`);
  const ratio = rate(ours.ms, ours.rows) / rate(raw);
  const ratioIndexed = rate(ours.ms, ours.rows) / rate(rawIndexed);
  console.log(`  ratio import / raw COPY (no indexes):   ${ratio.toFixed(2)} (target ≥ 0.50) ${ratio >= 0.5 ? 'OK' : 'MISSED'}`);
  console.log(`  ratio import / raw COPY (same indexes): ${ratioIndexed.toFixed(2)}`);
  console.log(`  ratio parse + validate alone / raw COPY (no indexes): ${(rate(parseOnly) / rate(raw)).toFixed(2)} (the import cannot be faster than this)`);
}

/**
 * The import's own CPU floor: the same parser and row rules over the file, writing nothing.
 * An import can never beat this, however fast the database is.
 */
async function parseAndValidateOnly(): Promise<number> {
  const started = Date.now();
  const parser = new CsvParser(',');
  const decoder = new TextDecoder('utf-8');
  let header: HeaderMap | undefined;
  let valid = 0;
  const take = (records: CsvRecord[]) => {
    for (const record of records) {
      if (!header) header = readHeader(record.fields);
      else if (!record.error && readRow(record.fields, header).input) valid++;
    }
  };
  for await (const chunk of createReadStream(FILE, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) take(parser.push(decoder.decode(chunk, { stream: true })));
  take(parser.end(parser.push(decoder.decode())));
  if (valid !== ROWS) throw new Error(`parse-only saw ${valid} valid rows, expected ${ROWS}`);
  return Date.now() - started;
}

/** The same synthetic candidates the seed uses, written as a CSV with the documented header. */
async function writeCsv(): Promise<void> {
  console.log(`writing ${FILE} …`);
  const generator = new OfflineGenerator(5150);
  const out = createWriteStream(FILE);
  const columnNames = CSV_COLUMNS.map((c) => c.name);
  async function* lines(): AsyncGenerator<string> {
    yield toCsvLine(columnNames) + '\n';
    let chunk = '';
    for (let i = 0; i < ROWS; i++) {
      const c = generator.candidate();
      chunk += toCsvLine([
        c.fullName, c.email, c.phone ?? '', c.location?.city ?? '', c.location?.region ?? '', c.location?.countryCode ?? '',
        c.yearsExperience?.toString() ?? '', c.educationLevel ?? '', (c.skills ?? []).join(';'), c.primarySkill ?? '',
        c.desiredSalary?.toString() ?? '', c.desiredSalaryCurrency ?? '', c.desiredPosition ?? '', c.seekingStatus ?? '',
        c.preferredEmploymentType ?? '', (c.languages ?? []).join(';'), c.availability ?? '', c.source ?? '', c.marketingConsent ? 'yes' : 'no',
      ]) + '\n';
      if (i % 5000 === 4999) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  await pipeline(lines, out);
}

async function recreateDatabase(): Promise<void> {
  const admin = new Client({ connectionString: DATABASE_URL.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS adflux_bench_import WITH (FORCE)');
  await admin.query('CREATE DATABASE adflux_bench_import');
  await admin.end();
}

/**
 * `COPY ... (FORMAT csv)` of the file into text columns. With `indexed`, the scratch table also
 * carries the candidates table's key, unique email and the same kinds of indexes (sort keys, filter
 * composites, skills GIN, trigram search), so the index maintenance cost is the same.
 */
async function rawCopy(indexed: boolean): Promise<number> {
  const client = new Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    await client.query('DROP TABLE IF EXISTS scratch_candidates');
    const extra = indexed ? ', id uuid PRIMARY KEY DEFAULT gen_random_uuid(), created_at timestamptz(3) NOT NULL DEFAULT now(), updated_at timestamptz(3) NOT NULL DEFAULT now()' : '';
    await client.query(`CREATE TABLE scratch_candidates (${CSV_COLUMNS.map((c) => `${c.name} text`).join(', ')}${extra})`);
    if (indexed) {
      for (const ddl of [
        'CREATE UNIQUE INDEX ON scratch_candidates (email)',
        'CREATE INDEX ON scratch_candidates (created_at, id)',
        'CREATE INDEX ON scratch_candidates (updated_at, id)',
        'CREATE INDEX ON scratch_candidates (full_name, id)',
        'CREATE INDEX ON scratch_candidates (years_experience, id)',
        'CREATE INDEX ON scratch_candidates (country_code, created_at, id)',
        'CREATE INDEX ON scratch_candidates (seeking_status, created_at, id)',
        `CREATE INDEX ON scratch_candidates USING gin (string_to_array(skills, ';'))`,
        `CREATE INDEX ON scratch_candidates USING gin ((lower(full_name || ' ' || email || ' ' || COALESCE(desired_position, ''))) gin_trgm_ops)`,
      ]) await client.query(ddl);
    }
    await client.query('CHECKPOINT');
    const started = Date.now();
    const columns = CSV_COLUMNS.map((c) => c.name).join(', ');
    await pipeline(createReadStream(FILE, { highWaterMark: 1 << 20 }), client.query(copyFrom(`COPY scratch_candidates (${columns}) FROM STDIN (FORMAT csv, HEADER true)`)));
    const ms = Date.now() - started;
    await client.query('DROP TABLE scratch_candidates');
    await client.query('CHECKPOINT');
    return ms;
  } finally {
    await client.end();
  }
}

interface ImportOutcome {
  ms: number;
  startRssMb: number;
  rows: number;
  created: number;
  rejected: number;
  status: string;
  peakRssMb: number;
}

/** Runs the import job's code in a child process (fresh heap, own peak RSS) on a copy of the file. */
async function ourImport(): Promise<ImportOutcome> {
  const copy = join(DIR, 'upload-copy.csv');
  execFileSync('cp', [FILE, copy]);
  const child = fork(join(__dirname, 'csv-import.worker.ts'), [copy], {
    env: { ...process.env, DATABASE_URL },
    execArgv: ['-r', '@swc-node/register'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (outcome) => resolve(outcome as ImportOutcome));
    child.once('exit', (code) => code !== 0 && reject(new Error(`import worker exited with ${code}`)));
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
