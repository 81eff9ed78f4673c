import type { AdvertisingCheck } from '../../api/hooks/creatives';
import { Badge } from '../../components/Badge';
import { WordingFindings } from './WordingFindings';

const STATUS = {
  passed: <Badge tone="green">Passed</Badge>,
  warning: <Badge tone="amber">Warning</Badge>,
  failed: <Badge tone="red">Blocks publishing</Badge>,
} as const;

/** Explained checks as the API returns them (preview `checks`, job advertising checks): the rule in words, its status, what breaks it. */
export function AdvertisingChecks({ checks, texts }: { checks: readonly AdvertisingCheck[]; texts?: Record<string, string> }) {
  return (
    <ul aria-label="Advertising checks" className="flex flex-col gap-3">
      {checks.map((c) => (
        <li key={c.id} className="flex flex-col gap-1 text-sm">
          <p className="flex items-center gap-2 font-medium text-slate-900">
            {c.title} {STATUS[c.status]}
          </p>
          <p className="text-slate-700">{c.explanation}</p>
          {c.findings.some((f) => f.phrase) ? (
            <WordingFindings
              texts={texts}
              findings={c.findings.map((f) => ({ ...f, phrase: f.phrase ?? '', start: f.start ?? 0, end: f.end ?? 0, suggestion: f.suggestion ?? '' }))}
            />
          ) : (
            c.findings.map((f) => (
              <p key={`${f.field}:${f.message}`} className={f.severity === 'block' ? 'text-red-800' : 'text-amber-800'}>
                {f.message}
              </p>
            ))
          )}
        </li>
      ))}
    </ul>
  );
}
