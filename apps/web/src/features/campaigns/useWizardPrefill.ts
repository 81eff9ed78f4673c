import { useEffect } from 'react';
import { useSegmentSuggestions } from '../../api/hooks/campaigns';
import { useJob } from '../../api/hooks/jobs';
import { usePlatformConnections } from '../../api/hooks/platformConnections';
import { bestSegmentIds, prefillFromJob, prefillLoneConnection, type Prefill } from './wizardPrefill';

/**
 * Fills the wizard from the chosen job (name, headline, primary text), its best segment
 * suggestions and a lone usable connection, each time the job changes. `apply` must skip the
 * fields the user edited. Returns the job (the landing page is its application URL).
 */
export function useWizardPrefill(jobId: string, apply: (prefill: Prefill) => void, enabled = true) {
  const job = useJob(jobId);
  const suggestions = useSegmentSuggestions(jobId || undefined);
  const connections = usePlatformConnections();
  const loadedJob = enabled && job.data?.id === jobId ? job.data : undefined;
  const ranked = enabled ? suggestions.data : undefined;
  const connectionList = enabled ? connections.data : undefined;

  // Keyed on ids, not objects: a background refetch must not fill the form again.
  useEffect(() => {
    if (loadedJob) apply(prefillFromJob(loadedJob));
  }, [loadedJob?.id]);
  useEffect(() => {
    if (ranked) apply({ segmentIds: bestSegmentIds(ranked) });
  }, [jobId, !!ranked]);
  useEffect(() => {
    if (connectionList) apply(prefillLoneConnection(connectionList));
  }, [!!connectionList]);

  return { job: job.data?.id === jobId ? job.data : undefined, connections: connections.data };
}
