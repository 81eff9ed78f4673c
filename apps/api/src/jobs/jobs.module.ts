import { Module } from '@nestjs/common';
import { auditTargetNamer } from '../audit';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Job } from './entities/job.entity';
import { JobLifecycleService } from './job-lifecycle.service';
import { JobsController } from './jobs.controller';
import { JobsRepository } from './jobs.repository';
import { JobsService } from './jobs.service';

/**
 * Job openings. Other modules read jobs through JobsService (getById, getForAds) and react to
 * job.closed / job.filled / job.archived (job-events.ts).
 */
@Module({
  imports: [TypeOrmModule.forFeature([Job])],
  controllers: [JobsController],
  providers: [JobsService, JobsRepository, JobLifecycleService, auditTargetNamer('job', JobsRepository, (jobs, ids) => jobs.names(ids))],
  exports: [JobsService],
})
export class JobsModule {}
