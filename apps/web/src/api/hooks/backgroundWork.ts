import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schema } from '../client';
import { queueKeys } from '../queryKeys';
import { useApiMutation } from './queryHelpers';

/** Admins' view of background work: Bull queues, failed jobs and the workers' crons. */
export type QueueCounts = Schema<'QueueCountsDto'>;
export type FailedJob = Schema<'FailedJobDto'>;
export type Schedule = Schema<'ScheduleDto'>;

/** Queue counts move on their own: refresh every 10 s while the page is open. */
const LIVE = { refetchInterval: 10_000 } as const;

export function useQueues() {
  return useQuery({ queryKey: queueKeys.all, queryFn: () => unwrap(api.GET('/api/background-work/queues')), ...LIVE });
}

export function useFailedJobs(name: string, enabled: boolean) {
  return useQuery({
    queryKey: queueKeys.failed(name),
    queryFn: () => unwrap(api.GET('/api/background-work/queues/{name}/failed', { params: { path: { name } } })),
    enabled,
    ...LIVE,
  });
}

export function useSchedules() {
  return useQuery({ queryKey: queueKeys.schedules, queryFn: () => unwrap(api.GET('/api/background-work/schedules')), ...LIVE });
}

export const useRetryJob = () =>
  useApiMutation(
    ({ queue, jobId }: { queue: string; jobId: string }) =>
      unwrap(api.POST('/api/background-work/queues/{name}/jobs/{jobId}/retry', { params: { path: { name: queue, jobId } } })),
    { refresh: queueKeys.all },
  );
