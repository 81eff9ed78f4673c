import { useState, type FormEvent } from 'react';
import { useCan } from '../../app/permissions';
import { useUrlFilters } from '../../app/useUrlFilters';
import { Button } from '../../components/Button';
import { LinkButton } from '../../components/LinkButton';
import { SelectField, TextField } from '../../components/FormField';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Table } from '../../components/Table';
import { CAMPAIGN_COLUMNS } from './campaignColumns';
import { CAMPAIGN_STATUS_LABELS } from './campaignStatus';
import { useCampaigns, type CampaignListQuery, type CampaignStatus } from '../../api/hooks/campaigns';

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
        columns={CAMPAIGN_COLUMNS}
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
