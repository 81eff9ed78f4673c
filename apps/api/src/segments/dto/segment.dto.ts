import { describeInPlainWords, type PositionShare, type SegmentProfile } from '@adflux/segmentation';
import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../common/pagination';
import { Segment } from '../entities/segment.entity';
import { SegmentFairnessDto } from './fairness.dto';
import { SegmentationRunDto } from './run.dto';

export class ValueSpreadDto {
  @ApiProperty({ type: Number, nullable: true }) median: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '25th percentile' }) p25: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '75th percentile' }) p75: number | null;
  @ApiProperty({ description: 'Share of members with no value' }) missingShare: number;
}

export class SalarySpreadDto extends ValueSpreadDto {
  @ApiProperty({ type: String, nullable: true, description: 'Currency the salaries were converted to' }) currency: string | null;
}

export class SkillLiftDto {
  @ApiProperty() skill: string;
  @ApiProperty({ description: 'Share of the segment listing the skill' }) share: number;
  @ApiProperty({ description: 'Share of all candidates listing it' }) overallShare: number;
  @ApiProperty({ description: 'share / overallShare' }) lift: number;
}

export class CountryShareDto {
  @ApiProperty() countryCode: string;
  @ApiProperty() share: number;
}

export class RegionShareDto {
  @ApiProperty({ type: String, nullable: true }) countryCode: string | null;
  @ApiProperty() region: string;
  @ApiProperty() share: number;
}

export class DistanceSpreadDto {
  @ApiProperty({ type: Number, nullable: true }) median: number | null;
  @ApiProperty({ type: Number, nullable: true }) p90: number | null;
}

/** A segment's profile as computed at training time over the run's candidates. */
export class SegmentProfileDto {
  @ApiProperty({ description: 'Years of experience' }) experience: ValueSpreadDto;
  @ApiProperty({ description: 'Desired annual salary' }) salary: SalarySpreadDto;
  @ApiProperty({ type: [SkillLiftDto], description: 'Skills most over-represented in the segment' }) topSkills: SkillLiftDto[];
  @ApiProperty({ type: [CountryShareDto] }) topCountries: CountryShareDto[];
  @ApiProperty({ type: [RegionShareDto] }) topRegions: RegionShareDto[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'Share of each job-seeking status (and unknown)' })
  seekingStatus: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'Share of each preferred employment type (and unknown)' })
  employmentType: Record<string, number>;
  @ApiProperty({ description: 'Distance of members to the centroid' }) distance: DistanceSpreadDto;

  static from(this: void, p: SegmentProfile): SegmentProfileDto {
    return {
      experience: p.experience,
      salary: p.salary,
      topSkills: p.topSkills,
      topCountries: p.topCountries,
      topRegions: p.topRegions,
      seekingStatus: p.seekingStatus,
      employmentType: p.employmentType,
      distance: p.distance,
    };
  }
}

export class PositionShareDto {
  @ApiProperty({ example: 'Backend Engineer' }) position: string;
  @ApiProperty({ description: "Share of the segment's most typical members who want it (0–1)" }) share: number;
}

export class SegmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) runId: string;
  @ApiProperty({ description: 'Centroid index within the run' }) index: number;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty({ description: 'The name the run generated (kept after a rename)' }) generatedName: string;
  @ApiProperty({ description: 'Members when the run was trained' }) size: number;
  @ApiProperty({ description: 'Share of the candidate pool (0–1)' }) share: number;
  @ApiProperty({ description: 'Whether its run is the current segmentation' }) active: boolean;
  @ApiProperty({ description: 'What the segment means in plain words, e.g. "Mostly backend engineers with 2–6 years, 10× more likely than your pool to know PostgreSQL."' })
  summary: string;
  @ApiProperty({ type: [PositionShareDto], description: "Desired positions most common among the segment's most typical members" })
  typicalPositions: PositionShareDto[];
  @ApiProperty() profile: SegmentProfileDto;
  @ApiProperty({ type: SegmentFairnessDto, nullable: true, description: 'Fairness audit against self-declared demographics (null for runs before the audit existed)' })
  fairness: SegmentFairnessDto | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Last renamed or described by a person' }) editedAt: string | null;

  static from(this: void, s: Segment, active: boolean, positions: PositionShare[] = []): SegmentDto {
    return {
      id: s.id,
      runId: s.runId,
      index: s.index,
      name: s.name,
      description: s.description,
      generatedName: s.generatedName,
      size: s.size,
      share: s.share,
      active,
      summary: describeInPlainWords(s.profile, positions),
      typicalPositions: positions,
      profile: SegmentProfileDto.from(s.profile),
      fairness: SegmentFairnessDto.from(s.fairness),
      editedAt: s.editedAt?.toISOString() ?? null,
    };
  }
}

export class SegmentListDto {
  @ApiProperty({ type: SegmentationRunDto, nullable: true, description: 'The run the segments belong to; null when no run is active' })
  run: SegmentationRunDto | null;
  @ApiProperty({ type: [SegmentDto] }) items: SegmentDto[];
}

export class SegmentCandidateDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ type: String, nullable: true }) desiredPosition: string | null;
  @ApiProperty({ type: String, nullable: true }) countryCode: string | null;
  @ApiProperty({ type: String, nullable: true }) region: string | null;
  @ApiProperty({ type: String, nullable: true }) city: string | null;
  @ApiProperty({ type: Number, nullable: true }) yearsExperience: number | null;
  @ApiProperty({ type: [String] }) skills: string[];
  @ApiProperty({ description: 'Distance to the segment centroid: smaller is more typical' }) distance: number;
}

export class SegmentCandidatePageDto extends PageOf(SegmentCandidateDto) {}
