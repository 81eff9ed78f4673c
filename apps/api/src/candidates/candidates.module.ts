import { mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { auditTargetNamer } from '../audit';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { diskStorage } from 'multer';
import { APP_CONFIG, AppConfig } from '../config/config.module';
import { workerProviders } from '../queues/worker-providers';
import { CandidatesController } from './candidates.controller';
import { CandidatesRepository } from './candidates.repository';
import { CandidatesService } from './candidates.service';
import { CandidateDemographicsController } from './demographics/candidate-demographics.controller';
import { CandidateDemographicsRepository } from './demographics/candidate-demographics.repository';
import { CandidateDemographicsService } from './demographics/candidate-demographics.service';
import { CandidateImport } from './entities/candidate-import.entity';
import { Candidate } from './entities/candidate.entity';
import { CandidateImportReconcileScheduler } from './imports/candidate-import-reconcile.scheduler';
import { CandidateImportProcessor } from './imports/candidate-import.processor';
import { CANDIDATE_IMPORT_QUEUE, CandidateImportQueue } from './imports/candidate-import.queue';
import { CandidateImportReconciler } from './imports/candidate-import.reconciler';
import { CandidateImportRunner } from './imports/candidate-import.runner';
import { CandidateImportsController } from './imports/candidate-imports.controller';
import { CandidateImportsRepository } from './imports/candidate-imports.repository';
import { CandidateImportsService } from './imports/candidate-imports.service';
import { ImportBatchesRepository } from './imports/import-batches.repository';

/**
 * Candidates: CRUD with erasure, keyset lists, CSV import (Bull queue `candidate-imports`).
 * Emits candidate.upserted / candidate.erased. Uploads go to UPLOAD_DIR, which the worker must
 * see too (one host, or shared storage when api and workers run on several hosts).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([Candidate, CandidateImport]),
    BullModule.registerQueue({ name: CANDIDATE_IMPORT_QUEUE }),
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        mkdirSync(config.uploadDir, { recursive: true });
        return {
          storage: diskStorage({ destination: config.uploadDir, filename: (_req, _file, done) => done(null, `${randomUUID()}.csv`) }),
          limits: { fileSize: config.candidateImportMaxBytes, files: 1, fields: 5 },
        };
      },
    }),
  ],
  controllers: [CandidateImportsController, CandidateDemographicsController, CandidatesController],
  providers: [
    CandidatesService, CandidatesRepository, CandidateDemographicsService, CandidateDemographicsRepository, CandidateImportsService, CandidateImportsRepository, ImportBatchesRepository, CandidateImportQueue,
    auditTargetNamer('candidate', CandidatesRepository, (candidates, ids) => candidates.names(ids)),
    auditTargetNamer('candidate_import', CandidateImportsRepository, (imports, ids) => imports.names(ids)),
    CandidateImportRunner, CandidateImportReconciler, ...workerProviders(CandidateImportProcessor, CandidateImportReconcileScheduler),
  ],
  exports: [CandidatesService, CandidateImportRunner, CandidateDemographicsService],
})
export class CandidatesModule {}
