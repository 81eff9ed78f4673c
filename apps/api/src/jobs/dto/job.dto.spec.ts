import { Job } from '../entities/job.entity';
import { allowedTransitions, JOB_STATUSES, JobStatus } from '../job-status';
import { JobDto } from './job.dto';

function job(status: JobStatus): Job {
  return Object.assign(new Job(), {
    id: '00000000-0000-4000-8000-000000000042', title: 'Backend engineer', description: 'Builds APIs.', shortDescription: 'APIs',
    company: 'Acme', department: null, city: 'Berlin', region: null, countryCode: 'DE', remote: 'hybrid',
    employmentType: 'full_time', experienceLevel: 'mid', educationLevel: null, skills: ['typescript'],
    salaryMin: null, salaryMax: null, salaryCurrency: null, benefits: [], openings: 1, applicationUrl: null,
    closingDate: null, externalRef: null, status, openedAt: null, closedAt: null, archivedAt: null, createdBy: null,
    createdAt: new Date('2026-01-01T00:00:00Z'), updatedAt: new Date('2026-01-02T00:00:00Z'),
  });
}

describe('JobDto.from: allowed next statuses', () => {
  it.each(JOB_STATUSES)('a %s job lists the transitions of the status machine', (status) => {
    expect(JobDto.from(job(status)).allowedTransitions).toEqual(allowedTransitions(status));
  });

  it('spells them out: open for a draft, none for a final job', () => {
    expect(JobDto.from(job('draft')).allowedTransitions).toEqual(['open']);
    expect(JobDto.from(job('paused')).allowedTransitions).toEqual(['open', 'closed', 'filled']);
    for (const status of ['closed', 'filled', 'archived'] as const) expect(JobDto.from(job(status)).allowedTransitions).toEqual([]);
  });

  it('hands out a copy, so a caller mutating the answer cannot change the status machine', () => {
    JobDto.from(job('draft')).allowedTransitions.push('filled');
    expect(allowedTransitions('draft')).toEqual(['open']);
  });
});
