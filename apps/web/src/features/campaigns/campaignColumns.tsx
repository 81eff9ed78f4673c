import { Link } from 'react-router-dom';
import type { Campaign } from '../../api/hooks/campaigns';
import { formatMoney } from '../../components/charts/format';
import { cn, focusRing } from '../../components/cn';
import { DateTime } from '../../components/DateTime';
import type { Column } from '../../components/Table';
import { CampaignStatusBadge, PlatformName, PublicationStatusBadge } from './campaignStatus';
import { TextLink } from '../../components/TextLink';

/** The campaigns table: name, job, each platform with its publication status, budget, schedule, status. */
export const CAMPAIGN_COLUMNS: Column<Campaign>[] = [
  {
    key: 'name',
    header: 'Campaign',
    rowHeader: true,
    cell: (c) => (
      <TextLink to={`/campaigns/${c.id}`}>
        {c.name}
      </TextLink>
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
  { key: 'status', header: 'Status', cell: (c) => <CampaignStatusBadge status={c.displayStatus} startsAt={c.startsAt} /> },
];
