import type { AuditEntry } from '../../api/hooks/auditLog';
import { Badge } from '../../components/Badge';
import { DateTime } from '../../components/DateTime';
import type { Column } from '../../components/Table';
import { TextLink } from '../../components/TextLink';

/** Where each kind of audit target lives in the SPA, and what to call it. */
const TARGETS: Record<string, { label: string; path: (id: string) => string }> = {
  job: { label: 'Job', path: (id) => `/jobs/${id}` },
  campaign: { label: 'Campaign', path: (id) => `/campaigns/${id}` },
  candidate: { label: 'Candidate', path: (id) => `/candidates/${id}` },
  segment: { label: 'Segment', path: (id) => `/segments/${id}` },
  segmentation_run: { label: 'Segmentation run', path: () => '/segments' },
  user: { label: 'User', path: () => '/settings/users' },
  api_token: { label: 'API token', path: () => '/settings/api-tokens' },
  platform_connection: { label: 'Platform connection', path: () => '/settings/platform-connections' },
  automation_rule: { label: 'Automation rule', path: () => '/automation' },
  candidate_import: { label: 'Candidate import', path: () => '/candidates/imports' },
  data_generation_run: { label: 'Data generation', path: () => '/candidates/generate' },
};

/** The target by its current name (the API resolves it), linking to its page; its id's start when it has no name (e.g. deleted). */
function Target({ entry }: { entry: AuditEntry }) {
  if (!entry.targetType) return <span className="text-slate-500">—</span>;
  const known = TARGETS[entry.targetType];
  const label = known?.label ?? entry.targetType.replace(/_/g, ' ');
  if (!known || !entry.targetId) return <span>{label}</span>;
  const to = known.path(entry.targetId);
  if (!entry.targetName) {
    return (
      <TextLink to={to}>
        {label} {entry.targetId.slice(0, 8)}
      </TextLink>
    );
  }
  return (
    <span className="flex max-w-44 flex-col gap-0.5 break-words">
      <span className="text-xs text-slate-500">{label}</span>
      <TextLink to={to}>{entry.targetName}</TextLink>
    </span>
  );
}

function Details({ details }: { details: AuditEntry['details'] }) {
  const keys = Object.keys(details ?? {});
  if (keys.length === 0) return <span className="text-slate-500">—</span>;
  const summary = keys
    .slice(0, 3)
    .map((k) => `${k}: ${typeof details[k] === 'object' ? '…' : String(details[k])}`)
    .join(', ');
  return (
    <details className="max-w-52">
      <summary className="cursor-pointer truncate text-slate-700">{summary}</summary>
      <pre className="mt-2 max-h-60 overflow-auto rounded bg-slate-50 p-2 text-xs whitespace-pre-wrap">{JSON.stringify(details, null, 2)}</pre>
    </details>
  );
}

export const auditColumns: Column<AuditEntry>[] = [
  { key: 'at', header: 'Time', cell: (e) => <DateTime value={e.at} /> },
  {
    key: 'actor',
    header: 'Actor',
    // Who and from where in one cell: the log fits a 1440 px screen without sideways scrolling.
    cell: (e) => (
      <span className="flex max-w-44 flex-col gap-0.5 break-words">
        <span>{e.actorLabel ?? e.actorId ?? '—'}</span>
        <span className="text-xs text-slate-500">{e.actorType}</span>
        {e.ip && <span className="font-mono text-xs whitespace-nowrap text-slate-500">{e.ip}</span>}
      </span>
    ),
  },
  { key: 'action', header: 'Action', rowHeader: true, cell: (e) => <Badge tone={e.action.includes('failed') ? 'red' : 'neutral'}>{e.action}</Badge> },
  { key: 'target', header: 'Target', cell: (e) => <Target entry={e} /> },
  { key: 'details', header: 'Details', cell: (e) => <Details details={e.details} /> },
];
