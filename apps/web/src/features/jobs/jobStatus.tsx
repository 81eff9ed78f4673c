import type { Job, JobStatus, TransitionTarget } from '../../api/hooks/jobs';
import { Badge, type BadgeTone } from '../../components/Badge';

/** Closed, filled or archived: the API refuses edits (409). */
export const isFinal = (status: JobStatus) => status === 'closed' || status === 'filled' || status === 'archived';

export const STATUS_LABELS: Record<JobStatus, string> = {
  draft: 'Draft',
  open: 'Open',
  paused: 'Paused',
  closed: 'Closed',
  filled: 'Filled',
  archived: 'Archived',
};

const STATUS_TONES: Record<JobStatus, BadgeTone> = {
  draft: 'neutral',
  open: 'green',
  paused: 'amber',
  closed: 'red',
  filled: 'indigo',
  archived: 'neutral',
};

export function JobStatusBadge({ status }: { status: JobStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}

/** What each action is called on its button, and whether it asks for confirmation first. */
export const TRANSITION_ACTIONS: Record<TransitionTarget, { label: (from: JobStatus) => string; confirm: boolean; done: string }> = {
  open: { label: (from) => (from === 'paused' ? 'Reopen' : 'Open'), confirm: false, done: 'is open' },
  paused: { label: () => 'Pause', confirm: false, done: 'is paused' },
  closed: { label: () => 'Close', confirm: true, done: 'was closed' },
  filled: { label: () => 'Mark filled', confirm: true, done: 'was marked filled' },
};

export function formatLocation(job: Pick<Job, 'location' | 'remote'>): string {
  const place = [job.location.city, job.location.region, job.location.countryCode].filter(Boolean).join(', ');
  return job.remote === 'remote' ? `Remote (${place})` : place;
}

export function formatSalary(salary: Job['salary']): string {
  if (!salary) return '—';
  const fmt = (n: number) => {
    try {
      return new Intl.NumberFormat(undefined, { style: 'currency', currency: salary.currency, maximumFractionDigits: 0 }).format(n);
    } catch {
      return `${n} ${salary.currency}`;
    }
  };
  if (salary.min != null && salary.max != null) return `${fmt(salary.min)} – ${fmt(salary.max)}`;
  if (salary.min != null) return `from ${fmt(salary.min)}`;
  if (salary.max != null) return `up to ${fmt(salary.max)}`;
  return '—';
}
