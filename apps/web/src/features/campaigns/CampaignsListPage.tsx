import { ExportCsvLink } from '../../components/charts/ExportCsvLink';
import { csvDataHref } from '../../components/csv';
import { LinkButton } from '../../components/LinkButton';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Table } from '../../components/Table';
import { DateRangePicker } from '../dashboard/DateRangePicker';
import { BulkBar } from './list/BulkBar';
import { CampaignListFilters } from './list/CampaignListFilters';
import { ColumnPicker } from './list/ColumnPicker';
import { useCampaignList } from './list/useCampaignList';

/** Campaigns as a performance table over the dashboard's date range: sortable figures, filters with counts, bulk actions. */
export function CampaignsListPage() {
  const list = useCampaignList();
  const { campaigns, first, range } = list;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Campaigns"
        description="What each campaign spends and brings over the period, with its budget pacing; each platform is a publication with its own status."
        actions={list.can('mutate') && <LinkButton variant="primary" to="/campaigns/new">New campaign</LinkButton>}
      />
      <DateRangePicker />
      <CampaignListFilters key={list.params.get('q') ?? ''} params={list.params} facets={first?.facets} onChange={list.setFilter} />
      {campaigns.isError && <ProblemAlert error={campaigns.error} />}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700" aria-live="polite">
          {first ? `${first.total} ${first.total === 1 ? 'campaign' : 'campaigns'}; spend in ${first.currency}` : ''}
        </p>
        <div className="flex items-center gap-2">
          <ExportCsvLink what="campaigns table" filename={`campaigns-${range.from}-${range.to}.csv`} href={csvDataHref(list.csvColumns, list.rows ?? [])} />
          <ColumnPicker columns={list.pickable} shown={list.shown} onToggle={list.toggleColumn} />
        </div>
      </div>
      {list.can('mutate') && <BulkBar selected={list.selected} names={list.names} onDone={list.clearSelection} />}
      <Table
        caption="Campaigns"
        captionHidden
        columns={list.columns}
        rows={list.rows}
        rowKey={(r) => r.campaign.id}
        loading={campaigns.isPending}
        empty={list.filtered ? 'No campaigns match these filters.' : 'No campaigns yet.'}
        loadMore={{ hasMore: !!campaigns.hasNextPage, loading: campaigns.isFetchingNextPage, onLoadMore: () => void campaigns.fetchNextPage() }}
      />
    </div>
  );
}
