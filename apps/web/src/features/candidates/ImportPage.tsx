import { useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useCandidateImports, useStartImport, type CandidateImportSummary } from '../../api/hooks/candidates';
import { useCan } from '../../app/permissions';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { cn, focusRing } from '../../components/cn';
import { DateTime } from '../../components/DateTime';
import { Field, controlClass } from '../../components/FormField';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Table, type Column } from '../../components/Table';
import { formatCount } from './candidateFormat';
import { IMPORT_STATUS, ImportStatusPanel } from './ImportStatusPanel';

const COLUMNS_HELP =
  'UTF-8 CSV with a header row. Required: full_name, email. Optional: phone, city, region, country_code, years_experience, education_level, skills (separated by ; or |), primary_skill, desired_salary, desired_salary_currency, desired_position, seeking_status, preferred_employment_type, languages, availability, source, marketing_consent. Candidates are matched by email: existing ones are updated.';

/** /candidates/imports (upload + history) and /candidates/imports/:importId (live status of one import). */
export function ImportPage({ pollMs }: { pollMs?: number }) {
  const { importId } = useParams();
  const can = useCan();
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link to="/candidates" className={cn('text-indigo-700 hover:underline', focusRing)}>
          Candidates
        </Link>
      </nav>
      <PageHeader title="Import candidates" description="Upload a CSV file; rows are checked one by one and bad rows are reported without stopping the import." />
      <div className="flex flex-col gap-6">
        {can('mutate') && <UploadForm />}
        {importId && <ImportStatusPanel key={importId} importId={importId} pollMs={pollMs} />}
        <ImportHistory currentId={importId} />
      </div>
    </>
  );
}

function UploadForm() {
  const start = useStartImport();
  const navigate = useNavigate();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [localError, setLocalError] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setLocalError('Choose a CSV file to import.');
      inputRef.current?.focus();
      return;
    }
    setLocalError(undefined);
    start.mutate(file, {
      onSuccess: (job) => {
        setFile(null);
        if (inputRef.current) inputRef.current.value = '';
        navigate(`/candidates/imports/${job.id}`);
      },
    });
  };

  return (
    <Card title="Upload a CSV file" description={COLUMNS_HELP}>
      <form noValidate onSubmit={submit} className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <Field label="CSV file" error={localError ?? start.error?.fieldError('file')} className="flex-1">
          {(control) => (
            <input
              ref={inputRef}
              type="file"
              name="file"
              accept=".csv,text/csv"
              className={cn(controlClass(!!localError), 'file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-2 file:py-1 file:text-sm')}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              {...control}
            />
          )}
        </Field>
        <Button type="submit" loading={start.isPending}>
          Start import
        </Button>
      </form>
      {start.error && <ProblemAlert error={start.error} inlineFields={['file']} className="mt-3" />}
    </Card>
  );
}

function ImportHistory({ currentId }: { currentId?: string }) {
  const imports = useCandidateImports();
  const rows = useMemo(() => imports.data?.pages.flatMap((p) => p.items), [imports.data]);
  const columns: Column<CandidateImportSummary>[] = [
    {
      key: 'file',
      header: 'File',
      rowHeader: true,
      cell: (i) => (
        <Link to={`/candidates/imports/${i.id}`} aria-current={i.id === currentId ? 'page' : undefined} className={cn('text-indigo-700 hover:underline', focusRing)}>
          {i.fileName}
        </Link>
      ),
    },
    { key: 'status', header: 'Status', cell: (i) => <Badge tone={IMPORT_STATUS[i.status].tone}>{IMPORT_STATUS[i.status].label}</Badge> },
    { key: 'created', header: 'Created', className: 'text-right tabular-nums', cell: (i) => formatCount(i.counts.created) },
    { key: 'updated', header: 'Updated', className: 'text-right tabular-nums', cell: (i) => formatCount(i.counts.updated) },
    { key: 'rejected', header: 'Rejected', className: 'text-right tabular-nums', cell: (i) => formatCount(i.counts.rejected) },
    { key: 'at', header: 'Uploaded', cell: (i) => <DateTime value={i.createdAt} /> },
  ];
  if (imports.error) return <ProblemAlert error={imports.error} />;
  return (
    <Table
      caption="Recent imports"
      columns={columns}
      rows={rows}
      rowKey={(i) => i.id}
      loading={imports.isPending}
      empty="No imports yet."
      loadMore={{ hasMore: !!imports.hasNextPage, loading: imports.isFetchingNextPage, onLoadMore: () => void imports.fetchNextPage() }}
    />
  );
}
