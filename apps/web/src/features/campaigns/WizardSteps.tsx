import { useEffect, useState } from 'react';
import { textLimitHint, useAdsPlatforms } from '../../api/hooks/adsPlatforms';
import { useJobs } from '../../api/hooks/jobs';
import { Badge } from '../../components/Badge';
import { formatCount } from '../../components/charts/format';
import { CheckboxGroup, controlClass, Field, SelectField, TextField } from '../../components/FormField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LoadingBlock } from '../../components/Spinner';
import { usePlatformConnections } from '../../api/hooks/platformConnections';
import { CTA_LABELS, type CampaignFormValues, type StepErrors } from './campaignForm';
import { useSegmentSuggestions } from '../../api/hooks/campaigns';
import { JobAdvertisingWarnings } from '../creatives/JobAdvertisingWarnings';
import { usableConnections } from './wizardPrefill';
import { CreativeImageUpload } from './CreativeImageUpload';
import { StartChoice } from './StartChoice';

export interface StepProps {
  values: CampaignFormValues;
  set: <K extends keyof CampaignFormValues>(key: K, value: CampaignFormValues[K]) => void;
  errors: StepErrors;
}

/** Step 1: an open job (pre-selected when coming from the job's page). */
export function JobStep({ values, set, errors }: StepProps) {
  const jobs = useJobs({ status: 'open' });
  const options = jobs.data?.pages.flatMap((p) => p.items) ?? [];
  if (jobs.isError) return <ProblemAlert error={jobs.error} />;
  if (jobs.isPending) return <LoadingBlock label="Loading open jobs…" />;
  return (
    <div className="flex max-w-xl flex-col gap-3">
      <SelectField
        label="Job to advertise"
        required
        error={errors.jobId}
        value={values.jobId}
        description="Fills the name, headline, text, segments and landing page from the job; your own edits are kept."
        onChange={(e) => set('jobId', e.target.value)}
        options={[{ value: '', label: options.length ? 'Choose a job…' : 'No open jobs' }, ...options.map((j) => ({ value: j.id, label: `${j.title} — ${j.company}${j.location.city ? `, ${j.location.city}` : ''}` }))]}
      />
      {values.jobId && !options.some((j) => j.id === values.jobId) && (
        <p className="text-sm text-amber-800">The job you came from is not open: only open jobs can be advertised. Open it first, or choose another.</p>
      )}
      {values.jobId && <JobAdvertisingWarnings jobId={values.jobId} />}
    </div>
  );
}

/** Step 2: segments of the active run, best match for the job first. */
export function SegmentsStep({ values, set, errors }: StepProps) {
  const suggestions = useSegmentSuggestions(values.jobId);
  if (suggestions.isError) return <ProblemAlert error={suggestions.error} />;
  if (!suggestions.data) return <LoadingBlock label="Ranking segments for this job…" />;
  if (suggestions.data.length === 0) return <p className="text-sm text-slate-700">There is no active segmentation yet: run one on the Segments page first.</p>;
  return (
    <CheckboxGroup
      legend="Segments to reach"
      description="Ranked by how well each segment's profile fits the job: shared skills, experience and location."
      error={errors.segmentIds}
      value={values.segmentIds}
      onChange={(v) => set('segmentIds', v)}
      options={suggestions.data.map((s, i) => ({
        value: s.segmentId,
        label: `${s.name} — ${Math.round(s.score * 100)} % match${i === 0 ? ' (best)' : ''}`,
        description: [
          `${formatCount(s.size)} candidates`,
          s.matchedSkills.length ? `has ${s.matchedSkills.join(', ')}` : 'none of the job skills',
          s.medianExperienceYears !== null ? `~${Math.round(s.medianExperienceYears)} years of experience` : null,
          s.topCountries.length ? `in ${s.topCountries.join(', ')}` : null,
          // The fairness audit's warning, where the choice is made (creating then needs an admin override).
          ...s.fairnessFlags.map((flag) => `⚠ ${flag} (fairness audit: needs an admin override)`),
        ].filter(Boolean).join(' · '),
      }))}
    />
  );
}

/** Step 3: platform connections; sandbox ones publish to the simulated platform. */
export function PlatformsStep({ values, set, errors }: StepProps) {
  const connections = usePlatformConnections();
  if (connections.isError) return <ProblemAlert error={connections.error} />;
  if (!connections.data) return <LoadingBlock label="Loading platform connections…" />;
  const usable = usableConnections(connections.data);
  const blocked = connections.data.filter((c) => !c.archivedAt && c.status === 'needs_reauth');
  return (
    <div className="flex flex-col gap-3">
      <CheckboxGroup
        legend="Publish to"
        description="One publication per connection, each with its own status."
        error={errors.connectionIds}
        value={values.connectionIds}
        onChange={(ids) => {
          set('connectionIds', ids);
          const first = usable.find((c) => c.id === ids[0]);
          if (first?.account.currency) set('currency', first.account.currency);
        }}
        options={usable.map((c) => ({
          value: c.id,
          label: c.label === c.name ? c.label : `${c.label} · ${c.name}`,
          description: [c.isSandbox ? 'Simulated: nothing is published or spent' : null, c.account.currency ? `bills in ${c.account.currency}` : null].filter(Boolean).join(' · ') || undefined,
        }))}
      />
      {usable.length === 0 && <p className="text-sm text-slate-700">No usable connection: an admin adds one under Settings → Platform connections.</p>}
      {blocked.map((c) => (
        <p key={c.id} className="text-sm text-amber-800">
          {c.label} · {c.name} needs new credentials (an admin must reconnect it).
        </p>
      ))}
    </div>
  );
}

/** Step 4: name, objective, budget and schedule. */
export function BudgetStep({ values, set, errors }: StepProps) {
  return (
    <div className="grid max-w-3xl grid-cols-1 gap-4 sm:grid-cols-2">
      <TextField className="sm:col-span-2" label="Campaign name" required maxLength={200} error={errors.name} value={values.name} onChange={(e) => set('name', e.target.value)} />
      <SelectField
        label="Objective"
        value={values.objective}
        onChange={(e) => set('objective', e.target.value as CampaignFormValues['objective'])}
        options={[{ value: 'traffic', label: 'Traffic to the application page' }, { value: 'leads', label: 'Leads' }]}
      />
      <TextField label="Currency" required maxLength={3} description="The currency the ad accounts bill in." error={errors.currency} value={values.currency} onChange={(e) => set('currency', e.target.value.toUpperCase())} />
      <TextField label="Daily budget" required inputMode="decimal" error={errors.dailyBudgetMinor} value={values.dailyBudget} onChange={(e) => set('dailyBudget', e.target.value)} />
      <TextField label="Total budget cap" inputMode="decimal" description="Optional." error={errors.totalBudgetMinor} value={values.totalBudget} onChange={(e) => set('totalBudget', e.target.value)} />
      <StartChoice values={values} set={set} errors={errors} />
      <TextField label="End" type="datetime-local" description="Optional." error={errors.endsAt} value={values.endsAt} onChange={(e) => set('endsAt', e.target.value)} />
    </div>
  );
}

/** Step 5 (left column): the ad text. */
export function CreativeFields({ values, set, errors }: StepProps) {
  const platforms = useAdsPlatforms().data;
  return (
    <div className="flex flex-col gap-4">
      <TextField label="Headline" required maxLength={200} description={textLimitHint(platforms, 'headline')} error={errors['creative.headline']} value={values.headline} onChange={(e) => set('headline', e.target.value)} />
      <Field label="Primary text" required description={textLimitHint(platforms, 'primaryText')} error={errors['creative.primaryText']}>
        {(control) => <textarea rows={4} maxLength={2000} className={controlClass(!!errors['creative.primaryText'])} value={values.primaryText} onChange={(e) => set('primaryText', e.target.value)} {...control} />}
      </Field>
      <TextField label="Description" maxLength={500} description={textLimitHint(platforms, 'description')} value={values.description} onChange={(e) => set('description', e.target.value)} />
      <SelectField label="Button" value={values.callToAction} onChange={(e) => set('callToAction', e.target.value as CampaignFormValues['callToAction'])} options={Object.entries(CTA_LABELS).map(([value, label]) => ({ value, label }))} />
      <CreativeImageUpload value={values.image} onChange={(image) => set('image', image)} />
      <TextField label="Image URL" type="url" placeholder="https://…" description="Optional, https only; an uploaded image wins." error={errors['creative.imageUrl']} value={values.imageUrl} onChange={(e) => set('imageUrl', e.target.value)} />
    </div>
  );
}

/** A value that follows `value` once it has stopped changing for `ms` (live previews while typing). */
export function useDebounced<T>(value: T, ms = 400): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function AudienceBadge({ size }: { size: number | undefined }) {
  return size === undefined ? null : <Badge tone="indigo">{formatCount(size)} candidates</Badge>;
}
