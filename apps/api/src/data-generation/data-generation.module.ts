import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CandidatesModule } from '../candidates';
import { JobsModule } from '../jobs';
import { workerProviders } from '../queues/worker-providers';
import { DataGenerationRunsRepository } from './data-generation-runs.repository';
import { DataGenerationController } from './data-generation.controller';
import { DataGenerationProcessor } from './data-generation.processor';
import { DATA_GENERATION_QUEUE, DataGenerationQueue } from './data-generation.queue';
import { DataGenerationReconciler } from './data-generation.reconciler';
import { DataGenerationRunner } from './data-generation.runner';
import { DataGenerationScheduler } from './data-generation.scheduler';
import { DataGenerationService } from './data-generation.service';
import { DataGenerationRun } from './entities/data-generation-run.entity';

/**
 * Synthetic jobs and candidates (Bull queue `data-generation`). The generator is a port with two
 * adapters: offline (seeded faker, default) and Gemini (GEMINI_API_KEY set). Jobs are created
 * through JobsService.createMany, candidates through the candidates module's upserter.
 */
@Module({
  imports: [TypeOrmModule.forFeature([DataGenerationRun]), BullModule.registerQueue({ name: DATA_GENERATION_QUEUE }), CandidatesModule, JobsModule],
  controllers: [DataGenerationController],
  providers: [
    DataGenerationService,
    DataGenerationRunsRepository,
    DataGenerationQueue,
    DataGenerationRunner,
    DataGenerationReconciler,
    ...workerProviders(DataGenerationProcessor, DataGenerationScheduler),
  ],
})
export class DataGenerationModule {}
