import { useBreakdown, type DateRange } from '../../api/hooks/performance';
import { ChartFigure } from '../../components/charts/ChartFigure';
import { ExportCsvLink } from '../../components/charts/ExportCsvLink';
import { csvDataHref, moneyCsv, tableCsvColumns } from '../../components/csv';
import { formatCount, formatMoney } from '../../components/charts/format';
import { HorizontalBars, horizontalBarsHeight } from '../../components/charts/HorizontalBars';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Table, type Column } from '../../components/Table';
import { NameLink } from './kpiColumns';
import { rankByCostPerApplicant, type RankedCampaign } from './ranking';

/** Campaigns per ranking (and the chart height held while they load). */
const RANKING_SIZE = 5;

function rankingColumns(currency: string): Column<RankedCampaign>[] {
  return [
    { key: 'name', header: 'Campaign', rowHeader: true, cell: (r) => <NameLink to={`/campaigns/${r.row.key}`}>{r.row.label}</NameLink>, csv: (r) => r.row.label },
    {
      key: 'cpa',
      header: 'Cost per applicant',
      className: 'text-right tabular-nums',
      cell: (r) => (r.noApplicants ? <span className="text-slate-600">No applicants yet</span> : formatMoney(r.effectiveMinor, currency)),
      ...moneyCsv<RankedCampaign>('Cost per applicant', currency, (r) => (r.noApplicants ? null : r.effectiveMinor)),
    },
    { key: 'spend', header: 'Spend', className: 'text-right tabular-nums', cell: (r) => formatMoney(r.row.spendMinor, currency), ...moneyCsv<RankedCampaign>('Spend', currency, (r) => r.row.spendMinor) },
    { key: 'applications', header: 'Applications', className: 'text-right tabular-nums', cell: (r) => formatCount(r.row.applications), csv: (r) => r.row.applications },
  ];
}

interface RankingFigureProps {
  title: string;
  description: string;
  items: RankedCampaign[];
  currency: string;
  color: string;
  loading: boolean;
  emptyText: string;
}

function RankingFigure({ title, description, items, currency, color, loading, emptyText }: RankingFigureProps) {
  const money = (v: number) => formatMoney(v, currency);
  const summary = `${title}: ${items.map((i) => `${i.row.label} ${i.noApplicants ? `no applicants after ${money(i.row.spendMinor)}` : money(i.effectiveMinor)}`).join('; ')}.`;
  return (
    <ChartFigure
      title={title}
      description={description}
      summary={summary}
      loading={loading}
      empty={items.length === 0 ? emptyText : undefined}
      reservedHeight={horizontalBarsHeight(loading ? RANKING_SIZE : items.length)}
      actions={<ExportCsvLink what={title.toLowerCase()} filename={`${title.toLowerCase().replace(/\s+/g, '-')}.csv`} href={csvDataHref(tableCsvColumns(rankingColumns(currency)), items)} />}
      chart={
        <HorizontalBars
          data={items.map((i) => ({ key: i.row.key, label: i.row.label, value: i.effectiveMinor }))}
          valueName="Cost per applicant"
          formatValue={money}
          formatTick={(v, max) => formatMoney(v, currency, { style: 'auto', scaleMinor: max })}
          color={color}
        />
      }
      table={<Table caption={title} captionHidden columns={rankingColumns(currency)} rows={items} rowKey={(i) => i.row.key} />}
    />
  );
}

/** Top and worst campaigns by cost per applicant over the period. */
export function CampaignRanking({ range }: { range: DateRange }) {
  const breakdown = useBreakdown('campaign', range);
  if (breakdown.isError) return <ProblemAlert error={breakdown.error} />;
  const currency = breakdown.data?.currency ?? 'USD';
  const { best, worst } = rankByCostPerApplicant(breakdown.data?.rows ?? [], RANKING_SIZE);
  const loading = breakdown.isPending;
  return (
    <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
      <RankingFigure
        title="Top campaigns"
        description="Lowest cost per applicant"
        items={best}
        currency={currency}
        color="#059669"
        loading={loading}
        emptyText="No campaign has applicants in this period yet."
      />
      <RankingFigure
        title="Worst campaigns"
        description="Highest cost per applicant; spend without applicants counts in full"
        items={worst}
        currency={currency}
        color="#dc2626"
        loading={loading}
        emptyText={best.length ? 'Every campaign with spend is already among the top ones.' : 'No campaign spent money in this period.'}
      />
    </div>
  );
}
