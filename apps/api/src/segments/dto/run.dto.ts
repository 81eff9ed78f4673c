import { FEATURE_GROUPS } from '@adflux/segmentation';
import type { FeatureGroup, SegmentMap } from '@adflux/segmentation';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageOf } from '../../common/pagination';
import { Segment } from '../entities/segment.entity';
import { RunFairnessDto } from './fairness.dto';
import { RUN_STATUSES, RUN_TRIGGERS, RunStatus, RunTrigger, SegmentationRun } from '../entities/segmentation-run.entity';
import { RUN_PHASES, RunPhase } from '../pipeline/run-progress';
import { readRunParameters } from '../runs/run-parameters';

export class RunParametersDto {
  @ApiProperty({ type: Number, nullable: true, description: 'Fixed k, or null when chosen by silhouette' }) k: number | null;
  @ApiProperty() kMin: number;
  @ApiProperty() kMax: number;
  @ApiProperty({ enum: FEATURE_GROUPS, isArray: true }) features: FeatureGroup[];
  @ApiProperty() sampleCap: number;
  @ApiProperty() seed: number;
}

export class RunTimingsDto {
  @ApiPropertyOptional({ description: 'ms loading candidates from the database' }) load?: number;
  @ApiPropertyOptional() encode?: number;
  @ApiPropertyOptional() select_k?: number;
  @ApiPropertyOptional() train?: number;
  @ApiPropertyOptional() assign?: number;
  @ApiPropertyOptional() profile?: number;
  @ApiPropertyOptional({ description: 'ms writing segments and assignments' }) write?: number;
  @ApiPropertyOptional({ description: 'ms making the run current (every candidate\'s segment switches with it)' }) activate?: number;
  @ApiPropertyOptional({ description: 'ms placing, after activation, the candidates the run never saw (created or changed after it loaded them; background)' }) place?: number;
  @ApiPropertyOptional() total?: number;
}

export class SegmentationRunDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: RUN_STATUSES }) status: RunStatus;
  @ApiProperty({ enum: RUN_TRIGGERS }) trigger: RunTrigger;
  @ApiProperty({ description: 'The current segmentation: candidates\' segmentId reads its segments' }) active: boolean;
  @ApiProperty({ type: RunParametersDto }) parameters: RunParametersDto;
  @ApiProperty({ enum: RUN_PHASES, nullable: true, description: 'Phase in progress while running' }) phase: RunPhase | null;
  @ApiProperty({ minimum: 0, maximum: 100 }) progress: number;
  @ApiProperty({ type: Number, nullable: true }) k: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Mean silhouette on the scoring sample (−1…1)' }) silhouette: number | null;
  @ApiProperty({ type: Number, nullable: true }) candidateCount: number | null;
  @ApiProperty({ type: [Number], description: 'Candidates per segment, by segment index' }) sizes: number[];
  @ApiProperty({ type: RunTimingsDto }) timings: RunTimingsDto;
  @ApiProperty({ type: String, nullable: true }) error: string | null;
  @ApiProperty({ type: String, nullable: true }) requestedBy: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) startedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) activatedAt: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the candidates this run never saw (created or changed after it loaded them) were placed in its segments after its activation; null until then. Every other candidate follows the activation at once.',
  })
  candidatesSyncedAt: string | null;
  @ApiProperty({ type: RunFairnessDto, nullable: true, description: "The segments' fairness audit (null before it succeeded, and for runs before the audit existed)" })
  fairness: RunFairnessDto | null;

  static from(this: void, r: SegmentationRun): SegmentationRunDto {
    return {
      id: r.id,
      status: r.status,
      trigger: r.trigger,
      active: r.active,
      parameters: readRunParameters(r.parameters), // older rows lack fields: show the defaults they run with
      phase: r.phase,
      progress: r.progress,
      k: r.k,
      silhouette: r.silhouette,
      candidateCount: r.candidateCount,
      sizes: r.sizes,
      timings: r.timings,
      error: r.error,
      requestedBy: r.requestedByLabel,
      createdAt: r.createdAt.toISOString(),
      startedAt: r.startedAt?.toISOString() ?? null,
      finishedAt: r.finishedAt?.toISOString() ?? null,
      activatedAt: r.activatedAt?.toISOString() ?? null,
      candidatesSyncedAt: r.candidatesSyncedAt?.toISOString() ?? null,
      fairness: RunFairnessDto.from(r.fairness),
    };
  }
}

export class SegmentationRunPageDto extends PageOf(SegmentationRunDto) {}

export class KScoreDto {
  @ApiProperty() k: number;
  @ApiProperty({ type: Number, nullable: true }) silhouette: number | null;
  @ApiProperty() inertia: number;
}

export class MapPointDto {
  @ApiProperty({ description: 'Segment index' }) segment: number;
  @ApiProperty() x: number;
  @ApiProperty() y: number;
}

export class SegmentMapDto {
  @ApiProperty({ type: [MapPointDto], description: 'A seeded sample of candidates projected on two PCA axes' }) points: MapPointDto[];
  @ApiProperty({ type: [MapPointDto] }) centroids: MapPointDto[];
  @ApiProperty({ type: [Number], description: 'Share of variance on each axis (0–1)' }) explainedVariance: number[];
}

export class RunSegmentSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() index: number;
  @ApiProperty() name: string;
  @ApiProperty() size: number;
  @ApiProperty() share: number;
  @ApiProperty({ type: [String], description: 'Fairness flags, e.g. "may act as a proxy for age band"' }) fairnessFlags: string[];
}

export class RunTrainingDto {
  @ApiProperty() candidates: number;
  @ApiProperty() trainRows: number;
  @ApiProperty() iterations: number;
  @ApiProperty() converged: boolean;
}

export class SegmentationRunDetailDto extends SegmentationRunDto {
  @ApiProperty({ type: [KScoreDto], description: 'Silhouette of each k tried (empty when k was fixed)' }) silhouetteByK: KScoreDto[];
  @ApiProperty({ type: Number, nullable: true }) inertia: number | null;
  @ApiProperty({ type: RunTrainingDto, nullable: true }) training: RunTrainingDto | null;
  @ApiProperty({ type: [String] }) notes: string[];
  @ApiProperty({ type: SegmentMapDto, nullable: true }) map: SegmentMapDto | null;
  @ApiProperty({ type: [RunSegmentSummaryDto] }) segments: RunSegmentSummaryDto[];

  static fromDetail(this: void, r: SegmentationRun, segments: Segment[]): SegmentationRunDetailDto {
    return {
      ...SegmentationRunDto.from(r),
      silhouetteByK: r.silhouetteByK,
      inertia: r.inertia,
      training: r.training,
      notes: r.notes,
      map: r.map ? mapDto(r.map) : null,
      segments: segments.map((s) => ({ id: s.id, index: s.index, name: s.name, size: s.size, share: s.share, fairnessFlags: s.fairness?.flags ?? [] })),

    };
  }
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/** The stored map without row indexes (meaningless outside the run) and with rounded coordinates. */
function mapDto(map: SegmentMap): SegmentMapDto {
  const point = (p: { segment: number; x: number; y: number }) => ({ segment: p.segment, x: round(p.x), y: round(p.y) });
  return { points: map.points.map(point), centroids: map.centroids.map(point), explainedVariance: [...map.explainedVariance] };
}
