import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { isInFlight, useOnJobFinished } from '../../api/hooks/jobProgress';
import { candidateKeys, jobKeys } from '../../api/queryKeys';
import { useDataGeneration, useStartDataGeneration, type DataGenerationRun } from '../../api/hooks/candidates';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { cn, focusRing } from '../../components/cn';
import { TextField } from '../../components/FormField';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LoadingBlock } from '../../components/Spinner';
import { formatCount } from './candidateFormat';
import { IMPORT_STATUS } from './ImportStatusPanel';
import { ProgressBar } from './ProgressBar';

const MAX = { jobs: 10_000, candidates: 1_000_000 };

/** Generates realistic test jobs and candidates (admins and recruiters); the run id stays in the URL (?run=). */
export function DataGenerationPage({ pollMs }: { pollMs?: number }) {
  const [params, setParams] = useSearchParams();
  const runId = params.get('run') ?? undefined;
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link to="/candidates" className={cn('text-indigo-700 hover:underline', focusRing)}>
          Candidates
        </Link>
      </nav>
      <PageHeader title="Generate test data" description="Create realistic job openings and candidates for demos and load tests. The same seed gives the same data." />
      <div className="flex flex-col gap-6">
        <GenerationForm onStarted={(run) => setParams({ run: run.id })} />
        {runId && <GenerationProgress key={runId} runId={runId} pollMs={pollMs} />}
      </div>
    </>
  );
}

function GenerationForm({ onStarted }: { onStarted: (run: DataGenerationRun) => void }) {
  const start = useStartDataGeneration();
  const [jobs, setJobs] = useState('0');
  const [candidates, setCandidates] = useState('100');
  const [seed, setSeed] = useState('');
  const [errors, setErrors] = useState<{ jobs?: string; candidates?: string; seed?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: typeof errors = {};
    const whole = (v: string) => /^\d+$/.test(v.trim());
    if (!whole(jobs) || Number(jobs) > MAX.jobs) found.jobs = `Enter a whole number from 0 to ${formatCount(MAX.jobs)}.`;
    if (!whole(candidates) || Number(candidates) > MAX.candidates) found.candidates = `Enter a whole number from 0 to ${formatCount(MAX.candidates)}.`;
    if (!found.jobs && !found.candidates && Number(jobs) + Number(candidates) === 0) found.candidates = 'Ask for at least one job or candidate.';
    if (seed.trim() && (!whole(seed) || Number(seed) < 1 || Number(seed) > 2147483647)) found.seed = 'Enter a whole number from 1 to 2147483647, or leave it empty.';
    setErrors(found);
    if (Object.keys(found).length) return;
    start.mutate({ jobs: Number(jobs), candidates: Number(candidates), ...(seed.trim() ? { seed: Number(seed) } : {}) }, { onSuccess: onStarted });
  };

  return (
    <Card title="What to generate">
      <form noValidate onSubmit={submit} className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <TextField label="Job openings" inputMode="numeric" value={jobs} onChange={(e) => setJobs(e.target.value)} error={errors.jobs ?? start.error?.fieldError('jobs')} description={`Up to ${formatCount(MAX.jobs)}`} />
        <TextField
          label="Candidates"
          inputMode="numeric"
          value={candidates}
          onChange={(e) => setCandidates(e.target.value)}
          error={errors.candidates ?? start.error?.fieldError('candidates')}
          description={`Up to ${formatCount(MAX.candidates)}`}
        />
        <TextField label="Seed" inputMode="numeric" value={seed} onChange={(e) => setSeed(e.target.value)} error={errors.seed ?? start.error?.fieldError('seed')} description="Optional; random when empty" />
        <div className="sm:col-span-3">
          {start.error && <ProblemAlert error={start.error} inlineFields={['jobs', 'candidates', 'seed']} className="mb-3" />}
          <Button type="submit" loading={start.isPending}>
            Generate
          </Button>
        </div>
      </form>
    </Card>
  );
}

function GenerationProgress({ runId, pollMs }: { runId: string; pollMs?: number }) {
  const run = useDataGeneration(runId, pollMs);
  const queryClient = useQueryClient();
  const data = run.data;
  // The generated candidates and jobs are in their lists once the run ends.
  useOnJobFinished(data && isInFlight(data), () => {
    void queryClient.invalidateQueries({ queryKey: candidateKeys.all });
    void queryClient.invalidateQueries({ queryKey: jobKeys.all });
  });

  if (run.error) return <ProblemAlert error={run.error} />;
  if (!data) return <LoadingBlock label="Loading generation…" />;
  const status = IMPORT_STATUS[data.status];
  const percent = data.status === 'completed' ? 100 : data.percent;
  const processed = `${formatCount(data.processed.jobs)} of ${formatCount(data.requested.jobs)} jobs, ${formatCount(data.processed.candidates)} of ${formatCount(data.requested.candidates)} candidates`;
  return (
    <Card title="Generation run">
      <div className="flex flex-col gap-4">
        <p role="status" className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <Badge tone={status.tone}>{status.label}</Badge>
          <span>{processed}</span>
          <span className="text-slate-500">
            ({data.generator} generator, seed {data.seed})
          </span>
        </p>
        {data.status !== 'failed' && <ProgressBar label="Generation progress" percent={percent} valueText={`${percent}% — ${processed}`} />}
        {data.error && (
          <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
            <p className="font-semibold">The generation failed</p>
            <p className="mt-0.5">{data.error}</p>
          </div>
        )}
        <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
          {(
            [
              ['Jobs created', data.created.jobs],
              ['Candidates created', data.created.candidates],
              ['Candidates updated', data.candidatesUpdated],
              ['Dropped', data.dropped],
            ] as const
          ).map(([label, value]) => (
            <div key={label} className="rounded-md bg-slate-50 p-3">
              <dt className="text-slate-600">{label}</dt>
              <dd className="text-lg font-semibold text-slate-900 tabular-nums">{formatCount(value)}</dd>
            </div>
          ))}
        </dl>
        {data.status === 'completed' && (
          <Link to="/candidates" className={cn('text-sm font-semibold text-indigo-700 hover:underline', focusRing)}>
            See the candidates
          </Link>
        )}
      </div>
    </Card>
  );
}
