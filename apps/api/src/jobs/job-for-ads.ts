import { JobDto } from './dto/job.dto';
import type { Job } from './entities/job.entity';
import { isAdvertisable } from './job-status';
import { todayUtc } from './job-rules';

const AD_FIELDS = [
  'id', 'status', 'title', 'shortDescription', 'company', 'location', 'remote', 'employmentType', 'experienceLevel',
  'skills', 'salary', 'applicationUrl', 'closingDate',
] as const;

/** What campaigns need to build and target ads for a job (JobsService.getForAds). */
export type JobForAds = Pick<JobDto, (typeof AD_FIELDS)[number]> & {
  /** Open and not past its closing date: only such a job may be advertised. */
  advertisable: boolean;
};

export function jobForAds(job: Job, today = todayUtc()): JobForAds {
  const dto = JobDto.from(job);
  const picked = Object.fromEntries(AD_FIELDS.map((field) => [field, dto[field]])) as Pick<JobDto, (typeof AD_FIELDS)[number]>;
  return { ...picked, advertisable: isAdvertisable(job, today) };
}
