import { useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { IMPORT_TEMPLATE_HREF, useCandidateImports, type CandidateImportSummary } from '../../api/hooks/candidates';
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
import { ImportPreviewPanel } from './ImportPreviewPanel';
import { IMPORT_STATUS, ImportStatusPanel } from './ImportStatusPanel';
import { useImportUpload } from './useImportUpload';

const COLUMNS_HELP =
  'UTF-8 CSV with a header row; required: full_name and email. After you pick a file you can check how each column is read before anything is imported. Candidates are matched by email: existing ones are updated. A bad required value rejects its row; a bad optional value is left out with a warning.';

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
  const upload = useImportUpload();
  const inputRef = useRef<HTMLInputElement>(null);
  const [localError, setLocalError] = useState<string>();
  const error = upload.start.error ?? upload.preview.error;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!upload.file) {
      setLocalError('Choose a CSV file to import.');
      inputRef.current?.focus();
      return;
    }
    setLocalError(undefined);
    upload.begin();
  };

  return (
    <Card title="Upload a CSV file" description={COLUMNS_HELP}>
      <p className="mb-3 text-sm">
        <a href={IMPORT_TEMPLATE_HREF} download className={cn('font-semibold text-indigo-700 hover:underline', focusRing)}>
          Download the template (CSV)
        </a>{' '}
        — every column with its allowed values and an example row.
      </p>
      <form noValidate onSubmit={submit} className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <Field label="CSV file" error={localError ?? error?.fieldError('file')} className="flex-1">
          {(control) => (
            <input
              ref={inputRef}
              type="file"
              name="file"
              accept=".csv,text/csv"
              className={cn(controlClass(!!localError), 'file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-2 file:py-1 file:text-sm')}
              onChange={(e) => upload.pick(e.target.files?.[0] ?? null)}
              {...control}
            />
          )}
        </Field>
        <Button type="submit" loading={upload.start.isPending} disabled={!!upload.file && !upload.ready}>
          Start import
        </Button>
      </form>
      {upload.preview.isPending && <p className="mt-3 text-sm text-slate-600" role="status">Reading the first rows…</p>}
      {upload.preview.data && (
        <ImportPreviewPanel preview={upload.preview.data} onMapColumn={upload.mapColumn} currency={upload.choices.defaultSalaryCurrency} onCurrency={upload.setCurrency} />
      )}
      {error && <ProblemAlert error={error} inlineFields={['file']} className="mt-3" />}
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
