import type { CandidateQuery } from './hooks/candidates';
import type { CampaignListQuery, CampaignPerformanceQuery, PreviewCampaign } from './hooks/campaigns';
import type { JobListQuery } from './hooks/jobs';
import type { ApplicationFilter } from './hooks/applications';
import type { DateRange, GroupBy, SeriesMetric } from './hooks/performance';
import type { ReportKind } from './hooks/reports';

/**
 * Every query key of the SPA, one factory per resource. Hooks, cache writes and invalidations use
 * these and never spell a key by hand, so a prefix such as `campaignKeys.all` reliably covers every
 * entry of its resource.
 */
export const authKeys = { me: ['auth', 'me'] as const };

export const userKeys = { all: ['users'] as const };

export const apiTokenKeys = { all: ['api-tokens'] as const };

export const auditKeys = {
  all: ['audit-log'] as const,
  list: (action?: string) => ['audit-log', { action: action ?? null }] as const,
  actions: ['audit-log', 'actions'] as const,
};

export const automationRuleKeys = { all: ['automation-rules'] as const };

export const adsPlatformKeys = { all: ['ads-platforms'] as const };

export const platformConnectionKeys = { all: ['platform-connections'] as const };

export const jobKeys = {
  all: ['jobs'] as const,
  list: (q: JobListQuery) => ['jobs', 'list', q] as const,
  one: (id: string) => ['jobs', 'one', id] as const,
  // Under the job, so editing it refreshes its checks.
  advertisingChecks: (id: string) => ['jobs', 'one', id, 'advertising-checks'] as const,
};

export const creativeKeys = {
  wording: (texts: ReadonlyArray<{ field: string; text: string }>, internship: boolean) => ['creatives', 'wording', { texts, internship }] as const,
};

export const geminiSettingsKeys = { all: ['settings', 'gemini'] as const };

export const candidateKeys = {
  all: ['candidates'] as const,
  list: (q: CandidateQuery) => ['candidates', 'list', q] as const,
  one: (id: string) => ['candidates', 'one', id] as const,
  /** Audit-only demographics (admins only). */
  demographics: (id: string) => ['candidates', 'demographics', id] as const,
  imports: ['candidates', 'imports'] as const,
  import: (id: string) => ['candidates', 'import', id] as const,
};

export const dataGenerationKeys = {
  all: ['data-generation'] as const,
  one: (id: string) => ['data-generation', id] as const,
};

export const campaignKeys = {
  all: ['campaigns'] as const,
  lists: ['campaigns', 'list'] as const,
  list: (q: CampaignListQuery) => ['campaigns', 'list', q] as const,
  // Under 'list' so every campaign action (which refreshes lists) refreshes the performance table too.
  performance: (q: CampaignPerformanceQuery) => ['campaigns', 'list', 'performance', q] as const,
  jobFigures: (jobIds: readonly string[], range: DateRange) => ['campaigns', 'job-figures', jobIds, range] as const,
  one: (id: string) => ['campaigns', 'one', id] as const,
  targetingPreview: (id: string) => ['campaigns', 'one', id, 'targeting-preview'] as const,
  events: (id: string) => ['campaigns', 'events', id] as const,
  preview: (body: PreviewCampaign) => ['campaigns', 'preview', body] as const,
  suggestions: (jobId: string) => ['campaigns', 'suggestions', jobId] as const,
  // Under 'campaigns' so campaign mutations refresh them; own suffixes so they never share a cache entry.
  choices: ['campaigns', 'choices'] as const,
  activeForPacing: ['campaigns', 'active-for-pacing'] as const,
};

export const segmentKeys = {
  all: ['segments'] as const,
  list: (runId?: string) => ['segments', 'list', runId ?? 'active'] as const,
  one: (id: string) => ['segments', 'one', id] as const,
  members: (id: string) => ['segments', 'members', id] as const,
  runs: ['segments', 'runs'] as const,
  run: (id: string) => ['segments', 'run', id] as const,
};

export const performanceKeys = {
  all: ['performance'] as const,
  summary: (range: DateRange) => ['performance', 'summary', range] as const,
  timeseries: (metric: SeriesMetric, groupBy: GroupBy, range: DateRange) =>
    ['performance', 'timeseries', { metric, groupBy }, range] as const,
  breakdown: (by: GroupBy, range: DateRange) => ['performance', 'breakdown', by, range] as const,
  campaign: (id: string, range: DateRange) => ['performance', 'campaign', id, range] as const,
  job: (id: string, range: DateRange) => ['performance', 'job', id, range] as const,
  sync: (campaignId: string) => ['performance', 'sync', campaignId] as const,
  // Under 'performance': a sync or a stage change refreshes the reports too.
  report: (kind: ReportKind, range: DateRange) => ['performance', 'report', kind, range] as const,
};

/** Under 'performance': a stage change moves the dashboard's interview and hire figures too. */
export const applicationKeys = {
  all: ['performance', 'applications'] as const,
  list: (filter: ApplicationFilter) => ['performance', 'applications', 'list', filter] as const,
  one: (id: string) => ['performance', 'applications', 'one', id] as const,
  pipeline: (filter: ApplicationFilter) => ['performance', 'applications', 'pipeline', filter] as const,
};

export const queueKeys = {
  all: ['queues'] as const,
  failed: (name: string) => ['queues', 'failed', name] as const,
  schedules: ['queues', 'schedules'] as const,
};

export const notificationKeys = {
  all: ['notifications'] as const,
  list: (unreadOnly: boolean, pageSize: number) => ['notifications', 'list', { unreadOnly, pageSize }] as const,
  unreadCount: ['notifications', 'unread-count'] as const,
  preferences: ['notifications', 'preferences'] as const,
};
