import { useJobAdvertisingChecks } from '../../api/hooks/creatives';
import { AdvertisingChecks } from './AdvertisingChecks';

/** The wizard's first warnings: pay transparency where the job is and its wording, before anything else is chosen. */
export function JobAdvertisingWarnings({ jobId }: { jobId: string }) {
  const checks = useJobAdvertisingChecks(jobId || undefined);
  const open = (checks.data ?? []).filter((c) => c.status !== 'passed');
  if (!open.length) return null;
  return (
    <section aria-labelledby="job-checks-heading" className="flex flex-col gap-2 rounded-md border border-amber-200 bg-amber-50 p-3">
      <h3 id="job-checks-heading" className="text-sm font-semibold text-amber-900">
        Before you advertise this job
      </h3>
      <AdvertisingChecks checks={open} />
    </section>
  );
}
