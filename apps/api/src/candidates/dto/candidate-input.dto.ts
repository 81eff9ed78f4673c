import { Type } from 'class-transformer';
import { ValidateIf, ValidateNested } from 'class-validator';
import type { EducationLevel, EmploymentType } from '../../common/enums';
import type { Availability, SeekingStatus } from '../candidate-enums';
import { CandidateRule } from '../validation/candidate-rule.decorator';

export class LocationInputDto {
  @CandidateRule('location.city', 'patch') city?: string | null;
  @CandidateRule('location.region', 'patch') region?: string | null;
  @CandidateRule('location.countryCode', 'patch') countryCode?: string | null;
}

export class CreateCandidateDto {
  @CandidateRule('fullName', 'create') fullName: string;
  @CandidateRule('email', 'create') email: string;
  @CandidateRule('phone', 'create') phone?: string | null;
  @CandidateRule('location', 'create', { type: LocationInputDto }) @ValidateIf((_, v) => v !== null) @ValidateNested() @Type(() => LocationInputDto) location?: LocationInputDto | null;
  @CandidateRule('yearsExperience', 'create') yearsExperience?: number | null;
  @CandidateRule('educationLevel', 'create') educationLevel?: EducationLevel | null;
  @CandidateRule('skills', 'create') skills?: string[];
  @CandidateRule('primarySkill', 'create') primarySkill?: string | null;
  @CandidateRule('desiredSalary', 'create') desiredSalary?: number | null;
  @CandidateRule('desiredSalaryCurrency', 'create') desiredSalaryCurrency?: string | null;
  @CandidateRule('desiredPosition', 'create') desiredPosition?: string | null;
  @CandidateRule('seekingStatus', 'create') seekingStatus?: SeekingStatus | null;
  @CandidateRule('preferredEmploymentType', 'create') preferredEmploymentType?: EmploymentType | null;
  @CandidateRule('languages', 'create') languages?: string[];
  @CandidateRule('availability', 'create') availability?: Availability | null;
  @CandidateRule('source', 'create') source?: string | null;
  @CandidateRule('marketingConsent', 'create') marketingConsent?: boolean;
}

/** Every field optional; null clears an optional field; location fields merge one by one. */
export class UpdateCandidateDto {
  @CandidateRule('fullName', 'patch') fullName?: string;
  @CandidateRule('email', 'patch') email?: string;
  @CandidateRule('phone', 'patch') phone?: string | null;
  @CandidateRule('location', 'patch', { type: LocationInputDto }) @ValidateIf((_, v) => v !== null) @ValidateNested() @Type(() => LocationInputDto) location?: LocationInputDto | null;
  @CandidateRule('yearsExperience', 'patch') yearsExperience?: number | null;
  @CandidateRule('educationLevel', 'patch') educationLevel?: EducationLevel | null;
  @CandidateRule('skills', 'patch') skills?: string[];
  @CandidateRule('primarySkill', 'patch') primarySkill?: string | null;
  @CandidateRule('desiredSalary', 'patch') desiredSalary?: number | null;
  @CandidateRule('desiredSalaryCurrency', 'patch') desiredSalaryCurrency?: string | null;
  @CandidateRule('desiredPosition', 'patch') desiredPosition?: string | null;
  @CandidateRule('seekingStatus', 'patch') seekingStatus?: SeekingStatus | null;
  @CandidateRule('preferredEmploymentType', 'patch') preferredEmploymentType?: EmploymentType | null;
  @CandidateRule('languages', 'patch') languages?: string[];
  @CandidateRule('availability', 'patch') availability?: Availability | null;
  @CandidateRule('source', 'patch') source?: string | null;
  @CandidateRule('marketingConsent', 'patch') marketingConsent?: boolean;
}
