import 'reflect-metadata';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { DataSource } from 'typeorm';
import type { CandidatesService } from '../src/candidates/candidates.service';
import { CandidateImport } from '../src/candidates/entities/candidate-import.entity';
import { CandidateImportRunner } from '../src/candidates/imports/candidate-import.runner';
import { CandidateImportsRepository } from '../src/candidates/imports/candidate-imports.repository';
import { ImportBatchesRepository } from '../src/candidates/imports/import-batches.repository';
import { appConfig } from '../src/config/app-config';
import { dataSourceOptions } from '../src/database/data-source-options';

/**
 * Child process of csv-import.bench.ts: one import through CandidateImportRunner.run, exactly
 * what the Bull processor calls. Reports time, counts and this process's peak RSS.
 */
async function main(): Promise<void> {
  const file = process.argv[2];
  const dataSource = new DataSource(dataSourceOptions(process.env.DATABASE_URL!));
  await dataSource.initialize();
  let announced = 0;
  const events = { upserted: (ids: string[]) => (announced += ids.length) } as unknown as CandidatesService;
  const imports = new CandidateImportsRepository(dataSource.getRepository(CandidateImport), dataSource);
  const runner = new CandidateImportRunner(imports, new ImportBatchesRepository(dataSource), events, appConfig(), new EventEmitter2());
  const [{ id }] = await dataSource.query(
    `INSERT INTO candidate_imports (status, file_name, file_path, file_size) VALUES ('queued', $1, $2, $3) RETURNING id`,
    [basename(file), file, statSync(file).size],
  );
  const startRssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
  const started = Date.now();
  await runner.run(id);
  const ms = Date.now() - started;
  const [row] = await dataSource.query('SELECT status, rows_processed, created_count, rejected_count, error FROM candidate_imports WHERE id = $1', [id]);
  if (row.error) console.error(row.error);
  await dataSource.destroy();
  process.send!({ ms, startRssMb, rows: row.rows_processed, created: row.created_count, rejected: row.rejected_count, status: row.status, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), announced });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
