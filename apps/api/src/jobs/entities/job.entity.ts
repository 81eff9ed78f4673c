import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, ValueTransformer } from 'typeorm';
import type { EducationLevel, EmploymentType } from '../../common/enums';
import type { ExperienceLevel, RemoteMode } from '../job-enums';
import type { JobStatus } from '../job-status';

/** bigint arrives from pg as a string; salaries stay far below 2^53, so a number is exact. */
const bigintAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * A job opening. Salary is annual pay in whole units of `salaryCurrency` (not minor units: it is
 * a pay range shown to candidates, never money AdFlux spends); bigint because annual pay in
 * currencies such as IDR or VND exceeds 2^31.
 */
@Entity('jobs')
export class Job {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() title: string;
  @Column({ type: 'text' }) description: string;
  @Column({ name: 'short_description' }) shortDescription: string;
  @Column() company: string;
  @Column({ type: 'varchar', nullable: true }) department: string | null;
  @Column({ type: 'varchar', nullable: true }) city: string | null;
  @Column({ type: 'varchar', nullable: true }) region: string | null;
  @Column({ name: 'country_code', type: 'char', length: 2 }) countryCode: string;
  @Column({ type: 'varchar' }) remote: RemoteMode;
  @Column({ name: 'employment_type', type: 'varchar' }) employmentType: EmploymentType;
  @Column({ name: 'experience_level', type: 'varchar' }) experienceLevel: ExperienceLevel;
  @Column({ name: 'education_level', type: 'varchar', nullable: true }) educationLevel: EducationLevel | null;
  @Column({ type: 'text', array: true }) skills: string[];
  @Column({ name: 'salary_min', type: 'bigint', nullable: true, transformer: bigintAsNumber }) salaryMin: number | null;
  @Column({ name: 'salary_max', type: 'bigint', nullable: true, transformer: bigintAsNumber }) salaryMax: number | null;
  @Column({ name: 'salary_currency', type: 'char', length: 3, nullable: true }) salaryCurrency: string | null;
  @Column({ type: 'text', array: true }) benefits: string[];
  @Column({ type: 'int' }) openings: number;
  @Column({ name: 'application_url', type: 'varchar', nullable: true }) applicationUrl: string | null;
  /** Calendar date (YYYY-MM-DD); the job takes applications through the end of that day. */
  @Column({ name: 'closing_date', type: 'date', nullable: true }) closingDate: string | null;
  /** The ATS's id for this job, unique when set, so a sync can find and update it. */
  @Column({ name: 'external_ref', type: 'varchar', nullable: true }) externalRef: string | null;
  @Column({ type: 'varchar' }) status: JobStatus;
  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true }) openedAt: Date | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt: Date | null;
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt: Date | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
