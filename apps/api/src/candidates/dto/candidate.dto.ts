import { ApiProperty } from '@nestjs/swagger';
import { EDUCATION_LEVELS, EMPLOYMENT_TYPES } from '../../common/enums';
import type { EducationLevel, EmploymentType } from '../../common/enums';
import { PageOf } from '../../common/pagination';
import { AVAILABILITIES, SEEKING_STATUSES } from '../candidate-enums';
import type { Availability, SeekingStatus } from '../candidate-enums';

export class LocationDto {
  @ApiProperty({ type: String, nullable: true }) city: string | null;
  @ApiProperty({ type: String, nullable: true }) region: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'ISO 3166-1 alpha-2' }) countryCode: string | null;
}

export class CandidateDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ format: 'email' }) email: string;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty({ type: LocationDto }) location: LocationDto;
  @ApiProperty({ type: 'integer', nullable: true }) yearsExperience: number | null;
  @ApiProperty({ enum: EDUCATION_LEVELS, enumName: 'EducationLevel', nullable: true }) educationLevel: EducationLevel | null;
  @ApiProperty({ type: [String] }) skills: string[];
  @ApiProperty({ type: String, nullable: true }) primarySkill: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Annual gross pay in whole units of desiredSalaryCurrency' }) desiredSalary: number | null;
  @ApiProperty({ type: String, nullable: true }) desiredSalaryCurrency: string | null;
  @ApiProperty({ type: String, nullable: true }) desiredPosition: string | null;
  @ApiProperty({ enum: SEEKING_STATUSES, enumName: 'SeekingStatus', nullable: true }) seekingStatus: SeekingStatus | null;
  @ApiProperty({ enum: EMPLOYMENT_TYPES, enumName: 'EmploymentType', nullable: true }) preferredEmploymentType: EmploymentType | null;
  @ApiProperty({ type: [String], description: 'ISO 639-1 codes' }) languages: string[];
  @ApiProperty({ enum: AVAILABILITIES, enumName: 'Availability', nullable: true }) availability: Availability | null;
  @ApiProperty({ type: String, nullable: true }) source: string | null;
  @ApiProperty() marketingConsent: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When consent was given' }) marketingConsentAt: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Segment of the active segmentation run (read-only); null until the candidate is placed' }) segmentId: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Distance to the segment centroid (read-only)' }) segmentDistance: number | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class CandidatePageDto extends PageOf(CandidateDto) {}
