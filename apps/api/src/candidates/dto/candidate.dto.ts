import { ApiProperty } from '@nestjs/swagger';
import { EDUCATION_LEVELS, EMPLOYMENT_TYPES } from '../../common/enums';
import type { EducationLevel, EmploymentType } from '../../common/enums';
import { PageOf } from '../../common/pagination';
import { AVAILABILITIES, SEEKING_STATUSES } from '../candidate-enums';
import type { Availability, SeekingStatus } from '../candidate-enums';
import { Candidate } from '../entities/candidate.entity';

export class LocationDto {
  @ApiProperty({ type: String, nullable: true }) city: string | null;
  @ApiProperty({ type: String, nullable: true }) region: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'ISO 3166-1 alpha-2' }) countryCode: string | null;
}

/** A candidate row with their current segment (CURRENT_SEGMENT_JOIN), as lists and single reads select it. */
export type CandidateWithSegment = Candidate & { segmentId: string | null; segmentDistance: number | null };

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

  /** Also maps raw list rows (same property names; bigint may still be a string there). */
  static from(this: void, c: CandidateWithSegment): CandidateDto {
    return {
      id: c.id, fullName: c.fullName, email: c.email, phone: c.phone,
      location: { city: c.city, region: c.region, countryCode: c.countryCode },
      yearsExperience: c.yearsExperience, educationLevel: c.educationLevel, skills: c.skills, primarySkill: c.primarySkill,
      desiredSalary: c.desiredSalary === null ? null : Number(c.desiredSalary), desiredSalaryCurrency: c.desiredSalaryCurrency,
      desiredPosition: c.desiredPosition, seekingStatus: c.seekingStatus, preferredEmploymentType: c.preferredEmploymentType,
      languages: c.languages, availability: c.availability, source: c.source,
      marketingConsent: c.marketingConsent, marketingConsentAt: c.marketingConsentAt?.toISOString() ?? null,
      segmentId: c.segmentId, segmentDistance: c.segmentDistance,
      createdAt: c.createdAt.toISOString(), updatedAt: c.updatedAt.toISOString(),
    };
  }
}

export class CandidatePageDto extends PageOf(CandidateDto) {}
