import { mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { diskStorage } from 'multer';
import { appConfig } from '../config/app-config';
import { workerProviders } from '../queues/worker-providers';
import { CandidatesController } from './candidates.controller';
import { CandidatesRepository } from './candidates.repository';
import { CandidatesService } from './candidates.service';
import { CandidateImport } from './entities/candidate-import.entity';
import { Candidate } from './entities/candidate.entity';
import { CANDIDATE_IMPORT_QUEUE, CandidateImportProcessor } from './imports/candidate-import.processor';
import { CandidateImportRunner } from './imports/candidate-import.runner';
import { CandidateImportsController } from './imports/candidate-imports.controller';
import { CandidateImportsService } from './imports/candidate-imports.service';

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
      useFactory: () => {
        const config = appConfig();
        mkdirSync(config.uploadDir, { recursive: true });
        return {
          storage: diskStorage({ destination: config.uploadDir, filename: (_req, _file, done) => done(null, `${randomUUID()}.csv`) }),
          limits: { fileSize: config.candidateImportMaxBytes, files: 1, fields: 5 },
        };
      },
    }),
  ],
  controllers: [CandidateImportsController, CandidatesController],
  providers: [CandidatesService, CandidatesRepository, CandidateImportsService, CandidateImportRunner, ...workerProviders(CandidateImportProcessor)],
  exports: [CandidatesService, CandidateImportRunner],
})
export class CandidatesModule {}
