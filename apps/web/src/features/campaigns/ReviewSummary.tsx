import { useSegmentSuggestions } from '../../api/hooks/campaigns';
import { formatCount, formatMoney } from '../../components/charts/format';
import { DateTime } from '../../components/DateTime';
import { toCreateBody, type CampaignFormValues } from './campaignForm';
import type { CampaignWizardState } from './useCampaignWizard';

const OBJECTIVES: Record<CampaignFormValues['objective'], string> = { traffic: 'Traffic to the application page', leads: 'Leads' };

/** The campaign-wide facts that will be published: job, segments by name, objective, schedule, budget, audience. */
export function ReviewSummary({ wizard }: { wizard: CampaignWizardState }) {
  const { values, job, preview } = wizard;
  const body = toCreateBody(values);
  const names = new Map((useSegmentSuggestions(values.jobId || undefined).data ?? []).map((s) => [s.segmentId, s.name]));
  const pool = preview.data?.segmentPoolSize;
  return (
    <dl className="grid grid-cols-1 gap-2 text-sm sm:grid-cols-[10rem_1fr]">
      <dt className="text-slate-600">Name</dt>
      <dd>{values.name}</dd>
      <dt className="text-slate-600">Job</dt>
      <dd>{job ? `${job.title} — ${job.company}` : '…'}</dd>
      <dt className="text-slate-600">Segments</dt>
      <dd>
        <ul className="list-disc pl-5">
          {values.segmentIds.map((id) => <li key={id}>{names.get(id) ?? id}</li>)}
        </ul>
        {pool !== undefined && <span className="text-slate-600">{formatCount(pool)} candidates in these segments, before location targeting</span>}
      </dd>
      <dt className="text-slate-600">Objective</dt>
      <dd>{OBJECTIVES[values.objective]}</dd>
      <dt className="text-slate-600">Schedule</dt>
      <dd>
        {values.startNow ? 'Starts as soon as it is published' : <>Starts <DateTime value={body.startsAt} /></>}
        {' · '}
        {body.endsAt ? <>ends <DateTime value={body.endsAt} /></> : 'no end date'}
      </dd>
      <dt className="text-slate-600">Budget</dt>
      <dd>
        {formatMoney(body.dailyBudgetMinor, values.currency)} per day per platform
        {body.totalBudgetMinor ? ` · total cap ${formatMoney(body.totalBudgetMinor, values.currency)}` : ' · no total cap'}
      </dd>
    </dl>
  );
}
