import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ForbiddenPage } from '../../app/ErrorPages';
import { useCan } from '../../app/permissions';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { formatMoney } from '../../components/charts/format';
import { cn, focusRing } from '../../components/cn';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LoadingBlock } from '../../components/Spinner';
import { useToast } from '../../components/Toast';
import { AdPreviews } from './AdPreviews';
import {
  emptyCampaignForm, STEP_LABELS, toCreateBody, toPreviewBody, validateStep, WIZARD_STEPS, type CampaignFormValues, type StepErrors,
} from './campaignForm';
import { useCampaignAction, useCampaignPreview, useCreateCampaign } from '../../api/hooks/campaigns';
import { Violations } from './PublicationPreviews';
import { TargetingEditor } from './TargetingEditor';
import { AudienceBadge, BudgetStep, CreativeFields, JobStep, PlatformsStep, SegmentsStep, useDebounced } from './WizardSteps';

/**
 * /campaigns/new?jobId= — job → suggested segments → platforms → budget and schedule → creative with
 * per-platform live previews and compliance warnings → review (targeting editable per platform).
 */
export function NewCampaignPage() {
  const can = useCan();
  if (!can('mutate')) return <ForbiddenPage />;
  return <CampaignWizard />;
}

function CampaignWizard() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { notify } = useToast();
  const [values, setValues] = useState<CampaignFormValues>(() => emptyCampaignForm(params.get('jobId') ?? ''));
  const [stepIndex, setStepIndex] = useState(0);
  const [errors, setErrors] = useState<StepErrors>({});
  const create = useCreateCampaign();
  const action = useCampaignAction();
  const step = WIZARD_STEPS[stepIndex];

  const set = <K extends keyof CampaignFormValues>(key: K, value: CampaignFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const debounced = useDebounced(values);
  const previewBody = useMemo(() => (stepIndex >= WIZARD_STEPS.indexOf('budget') ? toPreviewBody(debounced) : undefined), [debounced, stepIndex]);
  const preview = useCampaignPreview(previewBody);
  const previews = preview.data?.publications ?? [];
  const violations = previews.reduce((n, p) => n + p.violations.length, 0);

  const next = () => {
    const found = validateStep(step, values);
    setErrors(found);
    if (Object.keys(found).length === 0) setStepIndex((i) => Math.min(i + 1, WIZARD_STEPS.length - 1));
  };
  const back = () => {
    setErrors({});
    setStepIndex((i) => Math.max(i - 1, 0));
  };

  const submit = async (publish: boolean) => {
    const found = { ...validateStep('budget', values), ...validateStep('creative', values), ...validateStep('review', values) };
    setErrors(found);
    if (Object.keys(found).length) return;
    const campaign = await create.mutateAsync(toCreateBody(values)).catch(() => undefined);
    if (!campaign) return;
    if (!publish) {
      notify(`Draft “${campaign.name}” saved.`);
      navigate(`/campaigns/${campaign.id}`);
      return;
    }
    action.mutate(
      { id: campaign.id, action: 'publish' },
      {
        onSuccess: () => {
          notify('Publishing started: each platform is published in the background.');
          navigate(`/campaigns/${campaign.id}`);
        },
        // The draft exists; its page says why it could not be published.
        onError: (error) => navigate(`/campaigns/${campaign.id}`, { state: { publishError: error.detail } }),
      },
    );
  };

  return (
    <div className="flex flex-col gap-6">
      <Link to="/campaigns" className={cn('text-sm text-indigo-700 hover:underline', focusRing)}>
        ← All campaigns
      </Link>
      <PageHeader title="New campaign" description="Advertise a job to the candidate segments that fit it, on one or more platforms." />
      <nav aria-label="Campaign steps">
        <ol className="flex flex-wrap gap-2 text-sm">
          {WIZARD_STEPS.map((s, i) => (
            <li key={s} aria-current={i === stepIndex ? 'step' : undefined}
              className={cn('rounded-full px-3 py-1', i === stepIndex ? 'bg-indigo-600 text-white' : i < stepIndex ? 'bg-indigo-50 text-indigo-800' : 'bg-slate-100 text-slate-600')}>
              {i + 1}. {STEP_LABELS[s]}
            </li>
          ))}
        </ol>
      </nav>

      <Card title={STEP_LABELS[step]}>
        <div className="flex flex-col gap-6">
          {step === 'job' && <JobStep values={values} set={set} errors={errors} />}
          {step === 'segments' && <SegmentsStep values={values} set={set} errors={errors} />}
          {step === 'platforms' && <PlatformsStep values={values} set={set} errors={errors} />}
          {step === 'budget' && <BudgetStep values={values} set={set} errors={errors} />}
          {step === 'creative' && (
            <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
              <CreativeFields values={values} set={set} errors={errors} />
              <div className="flex flex-col gap-2">
                <h3 className="text-sm font-semibold text-slate-900">Live previews</h3>
                {preview.isError && <ProblemAlert error={preview.error} />}
                {preview.isPending ? <LoadingBlock label="Checking the employment-ad rules…" /> : (
                  <AdPreviews creative={values} previews={previews} company={jobCompany(preview.data?.publications[0]?.spec)} />
                )}
              </div>
            </div>
          )}
          {step === 'review' && (
            <div className="flex flex-col gap-4">
              <dl className="grid grid-cols-1 gap-2 text-sm sm:grid-cols-[10rem_1fr]">
                <dt className="text-slate-600">Name</dt>
                <dd>{values.name}</dd>
                <dt className="text-slate-600">Budget</dt>
                <dd>
                  {formatMoney(toCreateBody(values).dailyBudgetMinor, values.currency)} per day
                  {values.totalBudget.trim() && ` · cap ${formatMoney(toCreateBody(values).totalBudgetMinor ?? 0, values.currency)}`}
                </dd>
                <dt className="text-slate-600">Audience</dt>
                <dd><AudienceBadge size={preview.data?.audienceSize} /></dd>
              </dl>
              {preview.isError && <ProblemAlert error={preview.error} />}
              {previews.map((p) => (
                <div key={p.connectionId} className="flex flex-col gap-2">
                  <TargetingEditor
                    preview={p}
                    value={values.targeting[p.connectionId]}
                    error={errors[`targeting.${p.connectionId}`]}
                    onChange={(text) => {
                      const targeting = { ...values.targeting };
                      if (text) targeting[p.connectionId] = text;
                      else delete targeting[p.connectionId];
                      set('targeting', targeting);
                    }}
                  />
                  <Violations preview={p} />
                </div>
              ))}
              {(create.isError || action.isError) && <ProblemAlert error={create.error ?? action.error} />}
            </div>
          )}
          {Object.keys(errors).length > 0 && step !== 'review' && <p role="alert" className="text-sm text-red-700">Check the highlighted fields.</p>}
        </div>
      </Card>

      <div className="flex flex-wrap justify-between gap-2">
        <Button variant="secondary" onClick={back} disabled={stepIndex === 0}>
          Back
        </Button>
        {step === 'review' ? (
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" onClick={() => void submit(false)} loading={create.isPending && !action.isPending}>
              Save as draft
            </Button>
            <Button onClick={() => void submit(true)} loading={create.isPending || action.isPending} disabled={violations > 0 || preview.isFetching}>
              Create and publish
            </Button>
          </div>
        ) : (
          <Button onClick={next}>Next</Button>
        )}
      </div>
      {step === 'review' && violations > 0 && <p className="text-right text-sm text-amber-800">Fix the problems above to publish; a draft can be saved meanwhile.</p>}
    </div>
  );
}

function jobCompany(spec: Record<string, unknown> | undefined): string {
  const job = spec?.job as { company?: string } | undefined;
  return job?.company ?? 'Your company';
}
