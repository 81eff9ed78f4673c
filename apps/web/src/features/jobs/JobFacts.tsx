import type { Job } from '../../api/hooks/jobs';
import { Card } from '../../components/Card';
import { cn, focusRing } from '../../components/cn';
import { DateTime } from '../../components/DateTime';
import { Fact } from '../../components/Fact';
import { Markdown } from '../../components/Markdown';
import { EDUCATION_LABELS, EMPLOYMENT_LABELS, EXPERIENCE_LABELS, REMOTE_LABELS } from './jobForm';
import { formatSalary } from './jobStatus';

/** The Details tab of a job: its texts on the left, the facts on the right. */
export function JobDetails({ job }: { job: Job }) {
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
      <div className="flex flex-col gap-6 lg:col-span-2">
        <Card title="Short description">
          <p className="text-sm text-slate-800">{job.shortDescription}</p>
        </Card>
        <Card title="Description">
          <Markdown source={job.description} />
        </Card>
        {job.benefits.length > 0 && (
          <Card title="Benefits">
            <ul className="list-disc pl-5 text-sm text-slate-800">
              {job.benefits.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          </Card>
        )}
      </div>
      <JobFacts job={job} />
    </div>
  );
}

function JobFacts({ job }: { job: Job }) {
  return (
    <Card title="Facts">
      <dl className="grid grid-cols-1 gap-3 text-sm">
        <Fact label="Work mode">{REMOTE_LABELS[job.remote]}</Fact>
        <Fact label="Employment type">{EMPLOYMENT_LABELS[job.employmentType]}</Fact>
        <Fact label="Experience level">{EXPERIENCE_LABELS[job.experienceLevel]}</Fact>
        <Fact label="Minimum education">{job.educationLevel ? EDUCATION_LABELS[job.educationLevel] : 'Not specified'}</Fact>
        <Fact label="Salary">{formatSalary(job.salary)}</Fact>
        <Fact label="Openings">{job.openings}</Fact>
        <Fact label="Skills">{job.skills.length ? job.skills.join(', ') : '—'}</Fact>
        <Fact label="Closing date">{job.closingDate ?? '—'}</Fact>
        <Fact label="Application URL">
          {job.applicationUrl ? (
            <a
              href={job.applicationUrl}
              target="_blank"
              rel="noreferrer"
              className={cn('break-all text-indigo-700 hover:underline', focusRing)}
            >
              {job.applicationUrl}
            </a>
          ) : (
            '—'
          )}
        </Fact>
        <Fact label="External reference">{job.externalRef ?? '—'}</Fact>
        <Fact label="First opened">
          <DateTime value={job.openedAt} fallback="Not yet" />
        </Fact>
        {job.closedAt && (
          <Fact label="Ended">
            <DateTime value={job.closedAt} />
          </Fact>
        )}
        <Fact label="Created">
          <DateTime value={job.createdAt} />
        </Fact>
        <Fact label="Updated">
          <DateTime value={job.updatedAt} />
        </Fact>
      </dl>
    </Card>
  );
}
