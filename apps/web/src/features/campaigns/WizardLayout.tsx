import { Button } from '../../components/Button';
import { cn } from '../../components/cn';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LoadingBlock } from '../../components/Spinner';
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

/** The creative, with each platform's ad preview and compliance check beside it as it is typed. */
export function CreativeStep({ wizard }: { wizard: CampaignWizardState }) {
  const { values, set, errors, preview, previews } = wizard;
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
      <div className="flex flex-col gap-6">
        <CreativeFields values={values} set={set} errors={errors} />
        <WordingCheck fields={{ headline: { label: 'Headline', text: values.headline }, primaryText: { label: 'Primary text', text: values.primaryText }, description: { label: 'Description', text: values.description } }} />
        <SuggestCopyPanel {...values} onPick={(pick, origin) => (Object.entries(pick).forEach(([k, v]) => set(k as keyof typeof pick, v)), set('creativeOrigin', origin))} />
      </div>
      <div className="flex flex-col gap-2">
        <h3 className="text-sm font-semibold text-slate-900">Live previews</h3>
        {preview.isError && <ProblemAlert error={preview.error} />}
        {preview.isPending ? (
          <LoadingBlock label="Checking the employment-ad rules…" />
        ) : (
          <AdPreviews creative={values} previews={previews} company={jobCompany(preview.data?.publications[0]?.spec)} />
        )}
      </div>
    </div>
  );
}

function jobCompany(spec: Record<string, unknown> | undefined): string {
  const job = spec?.job as { company?: string } | undefined;
  return job?.company ?? 'Your company';
}

/** Back / Next, and on the last step: save as a draft, or create and publish (blocked while a rule is broken). */
export function WizardFooter({ wizard }: { wizard: CampaignWizardState }) {
  const { step, stepIndex, back, next, submit, create, action, violations, preview } = wizard;
  return (
    <>
      <div className="flex flex-wrap justify-between gap-2">
        <Button variant="secondary" onClick={back} disabled={stepIndex === 0}>
          Back
        </Button>
        {step === 'review' ? (
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" onClick={() => void submit(false)} loading={create.isPending && !action.isPending}>
              Save as draft
            </Button>
            <Button
              onClick={() => void submit(true)}
              loading={create.isPending || action.isPending}
              disabled={violations > 0 || preview.isFetching}
            >
              Create and publish
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
