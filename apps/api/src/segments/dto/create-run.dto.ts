import { FEATURE_GROUPS } from '@adflux/segmentation';
import type { FeatureGroup } from '@adflux/segmentation';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { PageQuery } from '../../common/pagination';
import { RUN_STATUSES, RunStatus } from '../entities/segmentation-run.entity';

export const K_MIN = 2;
export const K_MAX = 30;

export class CreateSegmentationRunDto {
  @ApiPropertyOptional({ minimum: K_MIN, maximum: K_MAX, description: 'Fixed number of segments. Omit to choose k by silhouette within kMin–kMax.' })
  @IsOptional() @IsInt() @Min(K_MIN) @Max(K_MAX)
  k?: number;

  @ApiPropertyOptional({ minimum: K_MIN, maximum: K_MAX, description: 'Smallest k tried when k is chosen automatically (default 2)' })
  @IsOptional() @IsInt() @Min(K_MIN) @Max(K_MAX)
  kMin?: number;

  @ApiPropertyOptional({ minimum: K_MIN, maximum: K_MAX, description: 'Largest k tried when k is chosen automatically (default 10, or kMin when larger)' })
  @IsOptional() @IsInt() @Min(K_MIN) @Max(K_MAX)
  kMax?: number;

  @ApiPropertyOptional({ enum: FEATURE_GROUPS, isArray: true, description: 'Feature groups to cluster on (default: all)' })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(FEATURE_GROUPS.length) @ArrayUnique() @IsString({ each: true }) @IsIn(FEATURE_GROUPS, { each: true })
  features?: FeatureGroup[];

  @ApiPropertyOptional({ minimum: 100, maximum: 1_000_000, description: 'Candidates K-means is trained on, a seeded sample (default 100 000); all are assigned afterwards' })
  @IsOptional() @IsInt() @Min(100) @Max(1_000_000)
  sampleCap?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 2_147_483_647, description: 'Random seed (default 42): same candidates + seed give the same segments' })
  @IsOptional() @IsInt() @Min(0) @Max(2_147_483_647)
  seed?: number;
}

export class RunListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: RUN_STATUSES })
  @IsOptional() @IsIn(RUN_STATUSES)
  status?: RunStatus;
}
