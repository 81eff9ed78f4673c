import { ApiProperty } from '@nestjs/swagger';
import { EDUCATION_LEVELS, EducationLevel, EMPLOYMENT_TYPES, EmploymentType } from '../../common/enums';
import { Job } from '../entities/job.entity';
import { todayUtc } from '../job-rules';
import { EXPERIENCE_LEVELS, ExperienceLevel, REMOTE_MODES, RemoteMode } from '../job-enums';
import { allowedTransitions, isAdvertisable, JOB_STATUSES, JobStatus, TRANSITION_TARGETS, TransitionTarget } from '../job-status';

export class JobLocationDto {
  @ApiProperty({ type: String, nullable: true }) city: string | null;
  @ApiProperty({ type: String, nullable: true }) region: string | null;
  @ApiProperty({ description: 'ISO 3166-1 alpha-2', example: 'DE' }) countryCode: string;
}

export class JobSalaryDto {
  @ApiProperty({ type: Number, nullable: true, description: 'Annual pay, whole currency units' }) min: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Annual pay, whole currency units' }) max: number | null;
  @ApiProperty({ description: 'ISO 4217', example: 'EUR' }) currency: string;
}

export class JobDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ description: 'Short text for ads (≤ 150 chars)' }) shortDescription: string;
  @ApiProperty() company: string;
  @ApiProperty({ type: String, nullable: true }) department: string | null;
  @ApiProperty({ type: JobLocationDto }) location: JobLocationDto;
  @ApiProperty({ enum: REMOTE_MODES }) remote: RemoteMode;
  @ApiProperty({ enum: EMPLOYMENT_TYPES }) employmentType: EmploymentType;
  @ApiProperty({ enum: EXPERIENCE_LEVELS }) experienceLevel: ExperienceLevel;
  @ApiProperty({ enum: EDUCATION_LEVELS, nullable: true }) educationLevel: EducationLevel | null;
  @ApiProperty({ type: [String] }) skills: string[];
  @ApiProperty({ type: JobSalaryDto, nullable: true, description: 'null when no salary is given' }) salary: JobSalaryDto | null;
  @ApiProperty({ type: [String] }) benefits: string[];
  @ApiProperty() openings: number;
  @ApiProperty({ type: String, nullable: true }) applicationUrl: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) closingDate: string | null;
  @ApiProperty({ type: String, nullable: true }) externalRef: string | null;
  @ApiProperty({ enum: JOB_STATUSES }) status: JobStatus;
  @ApiProperty({
    enum: TRANSITION_TARGETS,
    isArray: true,
    description: 'Statuses POST /jobs/{id}/transitions accepts from the current one (empty when the job is final)',
  })
  allowedTransitions: TransitionTarget[];
  @ApiProperty({ description: 'Open and not past its closing date: only such a job may get a new campaign' }) advertisable: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'First time the job was opened' }) openedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it was closed or filled' }) closedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) archivedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static from(this: void, j: Job): JobDto {
    const hasSalary = j.salaryMin !== null || j.salaryMax !== null;
    return {
      id: j.id, title: j.title, description: j.description, shortDescription: j.shortDescription, company: j.company,
      department: j.department,
      location: { city: j.city, region: j.region, countryCode: j.countryCode },
      remote: j.remote, employmentType: j.employmentType, experienceLevel: j.experienceLevel, educationLevel: j.educationLevel,
      skills: j.skills,
      salary: hasSalary && j.salaryCurrency ? { min: j.salaryMin, max: j.salaryMax, currency: j.salaryCurrency } : null,
      benefits: j.benefits, openings: j.openings, applicationUrl: j.applicationUrl, closingDate: j.closingDate, externalRef: j.externalRef,
      status: j.status, allowedTransitions: [...allowedTransitions(j.status)],
      advertisable: isAdvertisable(j, todayUtc()),
      openedAt: j.openedAt?.toISOString() ?? null, closedAt: j.closedAt?.toISOString() ?? null, archivedAt: j.archivedAt?.toISOString() ?? null,
      createdAt: j.createdAt.toISOString(), updatedAt: j.updatedAt.toISOString(),
    };
  }
}
