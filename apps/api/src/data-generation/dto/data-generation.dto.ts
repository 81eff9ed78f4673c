import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { DataGenerationRun, RUN_STATUSES, RunStatus } from '../entities/data-generation-run.entity';

export const MAX_JOBS = 10_000;
export const MAX_CANDIDATES = 1_000_000;
/** Gemini is slow and metered: one run asks it for at most this many items. */
export const MAX_GEMINI_ITEMS = 5_000;

export class CreateDataGenerationDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: MAX_JOBS, default: 0, description: 'Job openings to generate' })
  @IsOptional() @IsInt() @Min(0) @Max(MAX_JOBS)
  jobs?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: MAX_CANDIDATES, default: 0, description: 'Candidates to generate' })
  @IsOptional() @IsInt() @Min(0) @Max(MAX_CANDIDATES)
  candidates?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 2_147_483_647, description: 'Same seed, same data (offline generator); random when omitted' })
  @IsOptional() @IsInt() @Min(1) @Max(2_147_483_647)
  seed?: number;
}

export class GenerationCountsDto {
  @ApiProperty({ type: 'integer' }) jobs: number;
  @ApiProperty({ type: 'integer' }) candidates: number;
}

export class DataGenerationRunDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: RUN_STATUSES, enumName: 'DataGenerationStatus' }) status: RunStatus;
  @ApiProperty({ enum: ['offline', 'gemini'], description: 'gemini when GEMINI_API_KEY is set' }) generator: 'offline' | 'gemini';
  @ApiProperty({ type: 'integer' }) seed: number;
  @ApiProperty({ type: GenerationCountsDto }) requested: GenerationCountsDto;
  @ApiProperty({ type: GenerationCountsDto, description: 'Generated so far (kept or dropped)' }) processed: GenerationCountsDto;
  @ApiProperty({ type: GenerationCountsDto, description: 'New rows stored' }) created: GenerationCountsDto;
  @ApiProperty({ type: 'integer', description: 'Existing candidates changed (same email)' }) candidatesUpdated: number;
  @ApiProperty({ type: 'integer', description: 'Items that failed validation or were lost to unusable answers' }) dropped: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100 }) percent: number;
  @ApiProperty({ type: String, nullable: true }) error: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) startedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt: string | null;

  static from(this: void, r: DataGenerationRun): DataGenerationRunDto {
    const requested = r.jobsRequested + r.candidatesRequested;
    const processed = r.jobsProcessed + r.candidatesProcessed;
    return {
      id: r.id, status: r.status, generator: r.generator, seed: r.seed,
      requested: { jobs: r.jobsRequested, candidates: r.candidatesRequested },
      processed: { jobs: r.jobsProcessed, candidates: r.candidatesProcessed },
      created: { jobs: r.jobsCreated, candidates: r.candidatesCreated },
      candidatesUpdated: r.candidatesUpdated, dropped: r.itemsDropped,
      percent: r.status === 'completed' ? 100 : requested ? Math.min(99, Math.floor((processed / requested) * 100)) : 0,
      error: r.error, createdAt: r.createdAt.toISOString(), startedAt: r.startedAt?.toISOString() ?? null, finishedAt: r.finishedAt?.toISOString() ?? null,
    };
  }
}
