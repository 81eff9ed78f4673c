import { Button } from '../../components/Button';
import { cn } from '../../components/cn';
import { ProblemAlert } from '../../components/ProblemAlert';
import { AdPreviews } from './AdPreviews';
import { STEP_LABELS, WIZARD_STEPS } from './campaignForm';
import type { CampaignWizardState } from './useCampaignWizard';
import { CreativeFields } from './WizardSteps';
import { SuggestCopyPanel } from '../creatives/SuggestCopyPanel';
import { WordingCheck } from '../creatives/WordingCheck';

/** Where the user is among the steps: done, current (`aria-current="step"`) and to come. */
export function WizardStepper({ stepIndex }: { stepIndex: number }) {
  return (
    <nav aria-label="Campaign steps">
      <ol className="flex flex-wrap gap-2 text-sm">
        {WIZARD_STEPS.map((s, i) => (
          <li
            key={s}
            aria-current={i === stepIndex ? 'step' : undefined}
            className={cn(
              'rounded-full px-3 py-1',
              i === stepIndex ? 'bg-indigo-600 text-white' : i < stepIndex ? 'bg-indigo-50 text-indigo-800' : 'bg-slate-100 text-slate-600',
            )}
          >
            {i + 1}. {STEP_LABELS[s]}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The creative, with a live mock-up of the ad per chosen platform and its compliance check beside it as it is typed. */
export function CreativeStep({ wizard }: { wizard: CampaignWizardState }) {
  const { values, set, errors, preview, previews, targets, job } = wizard;
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
      <div className="flex flex-col gap-4">
        <CreativeFields values={values} set={set} errors={errors} />
        <LandingPage url={job?.applicationUrl ?? null} />
        <WordingCheck fields={{ headline: { label: 'Headline', text: values.headline }, primaryText: { label: 'Primary text', text: values.primaryText }, description: { label: 'Description', text: values.description } }} />
        <SuggestCopyPanel {...values} onPick={(pick, origin) => (Object.entries(pick).forEach(([k, v]) => set(k as keyof typeof pick, v)), set('creativeOrigin', origin))} />
      </div>
      <div className="flex flex-col gap-2">
        <h4 className="text-sm font-semibold text-slate-900">Live mock-ups</h4>
        {preview.isError && <ProblemAlert error={preview.error} />}
        <AdPreviews creative={values} targets={targets} previews={previews} company={job?.company ?? 'Your company'} landingUrl={job?.applicationUrl ?? null} />
        <StillMissing warnings={preview.data?.warnings ?? []} />
      </div>
    </div>
  );
}

/** Where the ad leads: the job's application page, reached through the campaign's tracking link. */
export function LandingPage({ url }: { url: string | null }) {
  return (
    <p className="text-sm text-slate-700">
      <span className="font-medium text-slate-900">Landing page: </span>
      {url ? <a className="break-all text-indigo-700 hover:underline" href={url} target="_blank" rel="noreferrer">{url}</a> : 'the job has no application URL yet (set it on the job)'}
      <span className="block text-xs text-slate-500">From the job; clicks pass through the campaign's tracking link, which counts them.</span>
    </p>
  );
}

/** What the API says the form still lacks (shown as hints while typing, not as errors). */
export function StillMissing({ warnings }: { warnings: readonly { field: string; message: string }[] }) {
  if (warnings.length === 0) return null;
  return (
    <div className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm text-slate-700">
      <p className="font-medium">Still to do before saving</p>
      <ul className="mt-1 list-disc pl-5">
        {warnings.map((w) => (
          <li key={`${w.field}:${w.message}`}>
            <span className="font-mono text-xs">{w.field}</span>: {w.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Back / Next, and on the last step: save as a draft, or create and publish (blocked while a rule is broken). */
export function WizardFooter({ wizard }: { wizard: CampaignWizardState }) {
  const { step, stepIndex, back, next, submit, create, action, violations, preview, editing } = wizard;
  return (
    <>
      <div className="flex flex-wrap justify-between gap-2">
        <Button variant="secondary" onClick={back} disabled={stepIndex === 0}>
          Back
        </Button>
        {step === 'review' ? (
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" onClick={() => void submit(false)} loading={create.isPending && !action.isPending}>
              {editing ? 'Save changes' : 'Save as draft'}
            </Button>
            <Button
              onClick={() => void submit(true)}
              loading={create.isPending || action.isPending}
              disabled={violations > 0 || preview.isFetching}
            >
              {editing ? 'Save and publish' : 'Create and publish'}
            </Button>
          </div>
        ) : (
          <Button onClick={next}>Next</Button>
        )}
      </div>
      {step === 'review' && violations > 0 && (
        <p className="text-right text-sm text-amber-800">Fix the problems above to publish; a draft can be saved meanwhile.</p>
      )}
    </>
  );
}
