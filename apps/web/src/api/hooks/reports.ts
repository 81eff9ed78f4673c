import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schema } from '../client';
import { performanceKeys } from '../queryKeys';
import type { DateRange } from './performance';

/** Reports per campaign (with platform and ad-set rows), per job (with its campaigns) and per segment. */
export type Report = Schema<'ReportDto'>;
export type ReportRow = Schema<'ReportRowDto'>;
export type ReportKind = Report['kind'];

const PATHS = {
  campaigns: '/api/reports/campaigns',
  jobs: '/api/reports/jobs',
  segments: '/api/reports/segments',
} as const satisfies Record<ReportKind, string>;
const KINDS = Object.keys(PATHS) as ReportKind[];

const reportQuery = (kind: ReportKind, range: DateRange) => ({
  queryKey: performanceKeys.report(kind, range),
  queryFn: () => unwrap(api.GET(PATHS[kind], { params: { query: range } })),
});

export function useReport(kind: ReportKind, range: DateRange) {
  return useQuery({ ...reportQuery(kind, range), placeholderData: keepPreviousData });
}

/** True once every report of the range is loaded (shares the cache of `useReport`); false while `enabled` is off. */
export function useAllReportsLoaded(range: DateRange, enabled: boolean) {
  const results = useQueries({ queries: KINDS.map((kind) => ({ ...reportQuery(kind, range), enabled })) });
  return enabled && results.every((r) => r.isSuccess && !r.isFetching);
}
