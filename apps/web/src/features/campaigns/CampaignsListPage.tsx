import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useCan } from '../../app/permissions';
import { useUrlFilters } from '../../app/useUrlFilters';
import { Button } from '../../components/Button';
import { formatMoney } from '../../components/charts/format';
import { cn, focusRing } from '../../components/cn';
import { DateTime } from '../../components/DateTime';
import { LinkButton } from '../../components/LinkButton';
import { SelectField, TextField } from '../../components/FormField';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Table, type Column } from '../../components/Table';
import { CampaignStatusBadge, CAMPAIGN_STATUS_LABELS, PlatformName, PublicationStatusBadge } from './campaignStatus';
import { useCampaigns, type Campaign, type CampaignListQuery, type CampaignStatus } from '../../api/hooks/campaigns';

const STATUSES = Object.keys(CAMPAIGN_STATUS_LABELS) as CampaignStatus[];

/** The list query the URL describes; unknown values are ignored. */
function queryFromParams(params: URLSearchParams): CampaignListQuery {
  const status = params.get('status');
  const q = params.get('q')?.trim();
  const jobId = params.get('jobId')?.trim();
  return {
    ...(status && (STATUSES as string[]).includes(status) ? { status: status as CampaignStatus } : {}),
    ...(q ? { q } : {}),
    ...(jobId && /^[0-9a-f-]{36}$/i.test(jobId) ? { jobId } : {}),
  };
}

export function CampaignsListPage() {
  const can = useCan();
  const { params, query, filtered, update } = useUrlFilters(queryFromParams);
  const campaigns = useCampaigns(query);
  const rows = campaigns.data?.pages.flatMap((p) => p.items);
  const setParam = (key: string, value: string) => update({ [key]: value });

  const columns: Column<Campaign>[] = [
    {
      key: 'name',
      header: 'Campaign',
      rowHeader: true,
      cell: (c) => (
        <Link to={`/campaigns/${c.id}`} className={cn('text-indigo-700 hover:underline', focusRing)}>
          {c.name}
        </Link>
      ),
    },
    {
      key: 'job',
      header: 'Job',
      cell: (c) => (
        <Link to={`/jobs/${c.job.id}`} className={cn('hover:underline', focusRing)}>
          {c.job.title}
        </Link>
      ),
    },
    {
      key: 'platforms',
      header: 'Platforms',
      cell: (c) => (
        <ul className="flex flex-col gap-1" aria-label={`Publications of ${c.name}`}>
          {c.publications.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center gap-2">
              <PlatformName publication={p} />
              <PublicationStatusBadge publication={p} />
            </li>
          ))}
        </ul>
      ),
    },
    {
      key: 'budget',
      header: 'Budget',
      className: 'whitespace-nowrap',
      cell: (c) => (
        <span>
          {formatMoney(c.dailyBudgetMinor, c.currency)} / day
          {c.totalBudgetMinor !== null && <span className="block text-xs text-slate-600">cap {formatMoney(c.totalBudgetMinor, c.currency)}</span>}
        </span>
      ),
    },
    {
      key: 'schedule',
      header: 'Schedule',
      cell: (c) => (
        <span className="text-xs">
          <DateTime value={c.startsAt} /> – <DateTime value={c.endsAt} fallback="no end" />
        </span>
      ),
    },
    { key: 'status', header: 'Status', cell: (c) => <CampaignStatusBadge status={c.status} /> },
  ];

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Campaigns"
        description="A job advertised to chosen segments on one or more platforms; each platform is a publication with its own status."
        actions={
          can('mutate') && (
            <LinkButton variant="primary" to="/campaigns/new">
              New campaign
            </LinkButton>
          )
        }
      />
      <CampaignFilters key={params.get('q') ?? ''} params={params} onChange={setParam} />
      {campaigns.isError && <ProblemAlert error={campaigns.error} />}
      <Table
        caption="Campaigns"
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(c) => c.id}
        loading={campaigns.isPending}
        empty={filtered ? 'No campaigns match these filters.' : 'No campaigns yet.'}
        loadMore={{ hasMore: !!campaigns.hasNextPage, loading: campaigns.isFetchingNextPage, onLoadMore: () => void campaigns.fetchNextPage() }}
      />
    </div>
  );
}

function CampaignFilters({ params, onChange }: { params: URLSearchParams; onChange: (key: string, value: string) => void }) {
  const [q, setQ] = useState(params.get('q') ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange('q', q);
  };
  return (
    <form role="search" aria-label="Filter campaigns" onSubmit={submit} className="grid grid-cols-1 items-end gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-4">
      <TextField className="sm:col-span-2" label="Search" type="search" placeholder="Campaign name" maxLength={200} value={q} onChange={(e) => setQ(e.target.value)} />
      <SelectField
        label="Status"
        value={params.get('status') ?? ''}
        onChange={(e) => onChange('status', e.target.value)}
        options={[{ value: '', label: 'Any status' }, ...STATUSES.map((s) => ({ value: s, label: CAMPAIGN_STATUS_LABELS[s] }))]}
      />
      <Button type="submit" variant="secondary">
        Search
      </Button>
    </form>
  );
}
