import { keepPreviousData, useQuery } from '@tanstack/react-query';
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

export function useReport(kind: ReportKind, range: DateRange) {
  return useQuery({
    queryKey: performanceKeys.report(kind, range),
    queryFn: () => unwrap(api.GET(PATHS[kind], { params: { query: range } })),
    placeholderData: keepPreviousData,
  });
}
