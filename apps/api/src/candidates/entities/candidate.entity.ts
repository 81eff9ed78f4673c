import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, ValueTransformer } from 'typeorm';
import type { EducationLevel, EmploymentType } from '../../common/enums';
import type { Availability, SeekingStatus } from '../candidate-enums';

/** bigint arrives from pg as a string; salaries stay far below 2^53, so a number is exact. */
const bigintAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * A person in the candidate pool. Desired salary is annual pay in whole units of its currency
 * (like jobs.salary_*). The current segment is not a column: reads join the active run's assignments
 * (CURRENT_SEGMENT_JOIN in candidate-list.sql.ts).
 */
@Entity('candidates')
export class Candidate {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'full_name' }) fullName: string;
  @Column() email: string;
  @Column({ type: 'varchar', nullable: true }) phone: string | null;
  @Column({ type: 'varchar', nullable: true }) city: string | null;
  @Column({ type: 'varchar', nullable: true }) region: string | null;
  @Column({ name: 'country_code', type: 'char', length: 2, nullable: true }) countryCode: string | null;
  @Column({ name: 'years_experience', type: 'smallint', nullable: true }) yearsExperience: number | null;
  @Column({ name: 'education_level', type: 'varchar', nullable: true }) educationLevel: EducationLevel | null;
  @Column({ type: 'text', array: true }) skills: string[];
  @Column({ name: 'primary_skill', type: 'varchar', nullable: true }) primarySkill: string | null;
  @Column({ name: 'desired_salary', type: 'bigint', nullable: true, transformer: bigintAsNumber }) desiredSalary: number | null;
  @Column({ name: 'desired_salary_currency', type: 'char', length: 3, nullable: true }) desiredSalaryCurrency: string | null;
  @Column({ name: 'desired_position', type: 'varchar', nullable: true }) desiredPosition: string | null;
  @Column({ name: 'seeking_status', type: 'varchar', nullable: true }) seekingStatus: SeekingStatus | null;
  @Column({ name: 'preferred_employment_type', type: 'varchar', nullable: true }) preferredEmploymentType: EmploymentType | null;
  @Column({ type: 'text', array: true }) languages: string[];
  @Column({ type: 'varchar', nullable: true }) availability: Availability | null;
  @Column({ type: 'varchar', nullable: true }) source: string | null;
  @Column({ name: 'marketing_consent' }) marketingConsent: boolean;
  @Column({ name: 'marketing_consent_at', type: 'timestamptz', nullable: true }) marketingConsentAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
