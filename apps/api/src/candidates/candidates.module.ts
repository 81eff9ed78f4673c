import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CandidatesController } from './candidates.controller';
import { CandidatesRepository } from './candidates.repository';
import { CandidatesService } from './candidates.service';
import { Candidate } from './entities/candidate.entity';

/** Candidates: CRUD with erasure, keyset lists, CSV import. Emits candidate.upserted / candidate.erased. */
@Module({
  imports: [TypeOrmModule.forFeature([Candidate])],
  controllers: [CandidatesController],
  providers: [CandidatesService, CandidatesRepository],
  exports: [CandidatesService],
})
export class CandidatesModule {}
