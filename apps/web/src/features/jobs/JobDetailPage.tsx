import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useDeleteJob, useJob, type Job } from '../../api/hooks/jobs';
import { useCan } from '../../app/permissions';
import { Card } from '../../components/Card';
import { cn, focusRing } from '../../components/cn';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Button } from '../../components/Button';
import { DateTime } from '../../components/DateTime';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LoadingBlock } from '../../components/Spinner';
import { useToast } from '../../components/Toast';
import { JobAdvertisingPanel } from '../dashboard/JobAdvertisingPanel';
import { EDUCATION_LABELS, EMPLOYMENT_LABELS, EXPERIENCE_LABELS, REMOTE_LABELS } from './jobForm';
import { formatLocation, formatSalary, isFinal, JobStatusBadge } from './jobStatus';
import { JobStatusActions } from './JobStatusActions';

const linkButton = (variant: 'primary' | 'secondary') =>
  cn(
    'inline-flex items-center rounded-md px-3.5 py-2 text-sm font-semibold shadow-sm',
    variant === 'primary' ? 'bg-indigo-600 text-white hover:bg-indigo-500' : 'bg-white text-slate-800 ring-1 ring-slate-300 ring-inset hover:bg-slate-50',
    focusRing,
  );

const TABS = [
  { id: 'details', label: 'Details' },
  { id: 'advertising', label: 'Advertising' },
] as const;
type Tab = (typeof TABS)[number]['id'];

/** /jobs/:id — the job, its status actions, and its advertising. */
export function JobDetailPage() {
  const { id = '' } = useParams();
  const job = useJob(id);
  if (job.isError)
    return (
      <div className="flex flex-col gap-4">
        <BackLink />
        <ProblemAlert error={job.error} />
      </div>
    );
  if (!job.data) return <LoadingBlock label="Loading job…" />;
  return <JobDetail job={job.data} />;
}

function BackLink() {
  return (
    <Link to="/jobs" className={cn('text-sm text-indigo-700 hover:underline', focusRing)}>
      ← All jobs
    </Link>
  );
}

function JobDetail({ job }: { job: Job }) {
  const can = useCan();
  const navigate = useNavigate();
  const { notify } = useToast();
  const remove = useDeleteJob();
  const [removing, setRemoving] = useState(false);
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('tab') === 'advertising' ? 'advertising' : 'details';
  const selectTab = (next: Tab) =>
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        if (next === 'details') p.delete('tab');
        else p.set('tab', next);
        return p;
      },
      { replace: true },
    );
  const onTabKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const next = tab === 'details' ? 'advertising' : 'details';
    selectTab(next);
    document.getElementById(`job-tab-${next}`)?.focus();
  };

  const draft = job.status === 'draft';
  const mutate = can('mutate');

  return (
    <div className="flex flex-col gap-6">
      <BackLink />
      <PageHeader
        title={job.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <JobStatusBadge status={job.status} />
            <span>
              {job.company}
              {job.department ? ` · ${job.department}` : ''} · {formatLocation(job)}
            </span>
          </span>
        }
        actions={
          mutate && (
            <>
              <JobStatusActions job={job} />
              {!isFinal(job.status) && (
                <Link to={`/jobs/${job.id}/edit`} className={linkButton('secondary')}>
                  Edit
                </Link>
              )}
              {job.status !== 'archived' && (
                <Link to={`/campaigns/new?jobId=${encodeURIComponent(job.id)}`} className={linkButton('secondary')}>
                  Create campaign
                </Link>
              )}
              {job.status !== 'archived' && (
                <Button
                  variant="ghost"
                  onClick={() => {
                    remove.reset();
                    setRemoving(true);
                  }}
                >
                  {draft ? 'Delete' : 'Archive'}
                </Button>
              )}
            </>
          )
        }
      />

      <div role="tablist" aria-label="Job sections" className="flex gap-1 border-b border-slate-200">
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`job-tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            aria-controls={`job-panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => selectTab(t.id)}
            onKeyDown={onTabKey}
            className={cn(
              '-mb-px border-b-2 px-3 py-2 text-sm font-medium',
              tab === t.id ? 'border-indigo-600 text-indigo-700' : 'border-transparent text-slate-600 hover:text-slate-900',
              focusRing,
            )}
          >
            {t.label}
          </button>
        ))}
      </div>

      <div id={`job-panel-${tab}`} role="tabpanel" aria-labelledby={`job-tab-${tab}`} tabIndex={0} className={focusRing}>
        {tab === 'details' ? <JobDetails job={job} /> : <JobAdvertisingPanel jobId={job.id} />}
      </div>

      <ConfirmDialog
        open={removing}
        title={draft ? `Delete “${job.title}”?` : `Archive “${job.title}”?`}
        description={draft ? 'The draft is deleted for good.' : 'An archived job is hidden from the list and can no longer be changed or advertised.'}
        confirmLabel={draft ? 'Delete draft' : 'Archive job'}
        pending={remove.isPending}
        error={remove.error}
        onCancel={() => setRemoving(false)}
        onConfirm={() =>
          remove.mutate(job.id, {
            onSuccess: () => {
              notify(draft ? `“${job.title}” was deleted.` : `“${job.title}” was archived.`);
              setRemoving(false);
              navigate('/jobs');
            },
          })
        }
      />
    </div>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-slate-600">{label}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}

function JobDetails({ job }: { job: Job }) {
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
      <div className="flex flex-col gap-6 lg:col-span-2">
        <Card title="Short description">
          <p className="text-sm text-slate-800">{job.shortDescription}</p>
        </Card>
        <Card title="Description">
          <p className="text-sm whitespace-pre-wrap text-slate-800">{job.description}</p>
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
      <Card title="Facts">
        <dl className="grid grid-cols-1 gap-3 text-sm">
          <Item label="Work mode">{REMOTE_LABELS[job.remote]}</Item>
          <Item label="Employment type">{EMPLOYMENT_LABELS[job.employmentType]}</Item>
          <Item label="Experience level">{EXPERIENCE_LABELS[job.experienceLevel]}</Item>
          <Item label="Minimum education">{job.educationLevel ? EDUCATION_LABELS[job.educationLevel] : 'Not specified'}</Item>
          <Item label="Salary">{formatSalary(job.salary)}</Item>
          <Item label="Openings">{job.openings}</Item>
          <Item label="Skills">{job.skills.length ? job.skills.join(', ') : '—'}</Item>
          <Item label="Closing date">{job.closingDate ?? '—'}</Item>
          <Item label="Application URL">
            {job.applicationUrl ? (
              <a href={job.applicationUrl} target="_blank" rel="noreferrer" className={cn('break-all text-indigo-700 hover:underline', focusRing)}>
                {job.applicationUrl}
              </a>
            ) : (
              '—'
            )}
          </Item>
          <Item label="External reference">{job.externalRef ?? '—'}</Item>
          <Item label="First opened">
            <DateTime value={job.openedAt} fallback="Not yet" />
          </Item>
          {job.closedAt && (
            <Item label="Ended">
              <DateTime value={job.closedAt} />
            </Item>
          )}
          <Item label="Created">
            <DateTime value={job.createdAt} />
          </Item>
          <Item label="Updated">
            <DateTime value={job.updatedAt} />
          </Item>
        </dl>
      </Card>
    </div>
  );
}
