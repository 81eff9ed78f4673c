import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CandidatesModule } from '../candidates/candidates.module';
import { workerProviders } from '../queues/worker-providers';
import { DataGenerationController } from './data-generation.controller';
import { DATA_GENERATION_QUEUE, DataGenerationProcessor } from './data-generation.processor';
import { DataGenerationRunner } from './data-generation.runner';
import { DataGenerationService } from './data-generation.service';
import { DataGenerationRun } from './entities/data-generation-run.entity';

/**
 * Synthetic jobs and candidates (Bull queue `data-generation`). The generator is a port with two
 * adapters: offline (seeded faker, default) and Gemini (GEMINI_API_KEY set).
 */
@Module({
  imports: [TypeOrmModule.forFeature([DataGenerationRun]), BullModule.registerQueue({ name: DATA_GENERATION_QUEUE }), CandidatesModule],
  controllers: [DataGenerationController],
  providers: [DataGenerationService, DataGenerationRunner, ...workerProviders(DataGenerationProcessor)],
})
export class DataGenerationModule {}
